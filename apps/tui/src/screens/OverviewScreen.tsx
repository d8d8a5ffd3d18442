import type { Evidence, Localized } from "@parley/core";
import { Box, Text } from "ink";
import { Item } from "../components/Item.tsx";
import { ScrollList } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useSelection } from "../hooks/use-selection.ts";
import { type Label, localized, pick, t } from "../i18n.ts";
import { factItems, type ScreenProps } from "../routes.ts";

interface Fact {
  key: string;
  label: Label;
  value: string;
  title: Localized;
  evidence: readonly Evidence[];
}

/** The summit at a glance: date, place, venue, format, each source's duration, the delegations. */
export function OverviewScreen({ active, width, height, open }: ScreenProps) {
  const { data, lang, theme } = useUi();
  const summit = useQuery("summit", () => data.summit());
  const names = useNames();
  const s = summit.data;
  const facts: Fact[] = [];
  if (s && names) {
    // Only what the sources state: a summit's date, place, venue and format may be missing.
    if (s.date) {
      facts.push({
        key: "date",
        label: "date",
        value: s.date.value,
        title: localized("date"),
        evidence: s.date.evidence,
      });
    }
    for (const key of ["place", "venue", "format"] as const) {
      const stated = s[key];
      if (stated) {
        facts.push({
          key,
          label: key,
          value: pick(stated.label, lang),
          title: stated.label,
          evidence: stated.evidence,
        });
      }
    }
    facts.push(
      ...s.durations.map((d, i) => ({
        key: `duration-${i}`,
        label: "duration" as const,
        value: `${pick(d.label, lang)} ${names.sourceTags(d.evidence)}`,
        title: d.label,
        evidence: d.evidence,
      })),
      ...s.delegations.map((d) => {
        const members = [d.leaderId, ...d.memberIds].map((id) => names.actor(id, lang)).join(", ");
        const side = names.actor(d.sideId, lang);
        return {
          key: `delegation-${d.sideId}`,
          label: "delegation" as const,
          value: `${side}: ${members}`,
          title: {
            en: `${t("en", "delegation")}: ${names.actor(d.sideId, "en")}`,
            id: `${t("id", "delegation")}: ${names.actor(d.sideId, "id")}`,
          },
          evidence: d.evidence,
        };
      }),
    );
  }
  const selected = useSelection(facts.length, active, (i) => {
    const f = facts[i];
    if (f)
      open({ name: "evidence", subject: { kind: "fact", title: f.title, items: factItems(f.evidence) } });
  });
  if (!s || !names) return <Status error={summit.error} />;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title} wrap="truncate-end">
        {pick(s.name, lang)}
      </Text>
      <ScrollList
        items={facts}
        selected={selected}
        height={height - 1}
        keyOf={(f) => f.key}
        render={(f, isSelected) => <Item selected={isSelected} main={`${t(lang, f.label)}: ${f.value}`} />}
      />
    </Box>
  );
}

import { Box, Text } from "ink";
import { Item } from "../components/Item.tsx";
import { ScrollList } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useSelection } from "../hooks/use-selection.ts";
import { pick, statusLabel, t } from "../i18n.ts";
import { factItems, type ScreenProps } from "../routes.ts";

/** What the summit did or did not produce, with each outcome's status as the sources give it. */
export function OutcomesScreen({ active, width, height, open }: ScreenProps) {
  const { data, lang, theme } = useUi();
  const outcomes = useQuery("outcomes", () => data.outcomes());
  const names = useNames();
  const list = outcomes.data ?? [];
  const selected = useSelection(list.length, active, (i) => {
    const o = list[i];
    if (o)
      open({ name: "evidence", subject: { kind: "fact", title: o.label, items: factItems(o.evidence) } });
  });
  if (!outcomes.data || !names) return <Status error={outcomes.error} />;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title}>{t(lang, "outcomes")}</Text>
      {list.length === 0 ? <Text {...theme.gap}>{t(lang, "nothing")}</Text> : null}
      <ScrollList
        items={list}
        selected={selected}
        height={height - 1}
        heightOf={() => 2}
        keyOf={(o) => o.id}
        render={(o, isSelected) => (
          <Item
            selected={isSelected}
            main={pick(o.label, lang)}
            detail={`${statusLabel(o.status, lang)}${o.claimedById ? ` · ${t(lang, "claimedBy")} ${names.actor(o.claimedById, lang)}` : ""} · ${names.sourceTags(o.evidence)}`}
          />
        )}
      />
    </Box>
  );
}

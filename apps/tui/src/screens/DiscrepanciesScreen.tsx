import type { Discrepancy } from "@parley/core";
import { Box, Text } from "ink";
import { Item } from "../components/Item.tsx";
import { ScrollList } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { Wrapped } from "../components/Wrapped.tsx";
import { isWide, useUi } from "../contexts/ui.tsx";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useSelection } from "../hooks/use-selection.ts";
import { discrepancyKindLabel, discrepancyKindMeaning, type Lang, pick, t } from "../i18n.ts";
import type { ScreenProps } from "../routes.ts";
import { columnStyle } from "../themes/theme.ts";

const kindLine = (kind: Discrepancy["kind"], lang: Lang) =>
  `${discrepancyKindLabel(kind, lang)}: ${discrepancyKindMeaning(kind, lang)}`;

/**
 * Where the sources disagree: each question, labelled a contradiction (the versions cannot both
 * be true) or a framing difference, and each source's version side by side.
 */
export function DiscrepanciesScreen({ active, width, height, open }: ScreenProps) {
  const { data, lang, theme, size } = useUi();
  const discrepancies = useQuery("discrepancies", () => data.discrepancies());
  const names = useNames();
  const list = discrepancies.data ?? [];
  const selected = useSelection(list.length, active, (i) => {
    const d = list[i];
    if (!d) return;
    open({
      name: "evidence",
      subject: {
        kind: "fact",
        title: d.question,
        detail: { en: kindLine(d.kind, "en"), id: kindLine(d.kind, "id") },
        items: d.variants.flatMap((v) => v.evidence.map((evidence) => ({ label: v.label, evidence }))),
      },
    });
  });
  const current = list[selected];
  if (!discrepancies.data || !names) return <Status error={discrepancies.error} />;
  if (!current) return <Text {...theme.gap}>{t(lang, "nothing")}</Text>;
  const wide = isWide(size);
  const listHeight = Math.max(2, Math.floor((height - 2) / 3));
  const variantWidth = wide ? Math.floor(width / current.variants.length) : width;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title}>{t(lang, "discrepancies")}</Text>
      <ScrollList
        items={list}
        selected={selected}
        height={listHeight}
        keyOf={(d) => d.id}
        render={(d, isSelected) => (
          <Item
            selected={isSelected}
            main={`${discrepancyKindLabel(d.kind, lang)} · ${pick(d.question, lang)}`}
          />
        )}
      />
      <Box marginTop={1}>
        <Text {...theme.accent} wrap="truncate-end">
          {kindLine(current.kind, lang)}
        </Text>
      </Box>
      <Box flexDirection={wide ? "row" : "column"} overflow="hidden">
        {current.variants.map((v, i) => (
          <Box
            key={`${current.id}-${pick(v.label, "en")}`}
            flexDirection="column"
            width={variantWidth - 1}
            marginRight={1}
          >
            <Wrapped text={pick(v.label, lang)} width={variantWidth - 1} style={columnStyle(theme, i)} />
            <Wrapped text={names.sourceTags(v.evidence)} width={variantWidth - 1} style={theme.muted} />
          </Box>
        ))}
      </Box>
    </Box>
  );
}

import { Box, Text } from "ink";
import { EDITING } from "../components/line-editor.ts";
import { rowsOf } from "../components/ScrollList.tsx";
import { Wrapped } from "../components/Wrapped.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useSelection } from "../hooks/use-selection.ts";
import { t } from "../i18n.ts";
import { BINDINGS, keyLabel } from "../keys.ts";
import { legend } from "../legend.ts";
import type { ScreenProps } from "../routes.ts";

type Row = { kind: "heading"; text: string } | { kind: "entry"; mark: string; meaning: string };

/**
 * Every key binding, straight from the binding table, then the legend: what each mark and label
 * on the screens means. Up/down scroll.
 */
export function HelpScreen({ active, width, height }: ScreenProps) {
  const { lang, theme } = useUi();
  const rows: Row[] = [
    { kind: "heading", text: t(lang, "keys") },
    ...BINDINGS.map((b) => ({
      kind: "entry" as const,
      mark: b.keys.map(keyLabel).join(" "),
      meaning: b.description[lang],
    })),
    { kind: "heading", text: t(lang, "searchKeys") },
    ...EDITING.map((e) => ({
      kind: "entry" as const,
      mark: e.keys.map(keyLabel).join(" "),
      meaning: e.description[lang],
    })),
    { kind: "heading", text: t(lang, "export") },
    { kind: "entry", mark: "--json", meaning: t(lang, "exportHow") },
    { kind: "heading", text: t(lang, "legend") },
    ...legend(lang).flatMap((section) => [
      { kind: "heading" as const, text: section.title },
      ...section.entries.map((e) => ({ kind: "entry" as const, ...e })),
    ]),
  ];
  // Marks get the room the widest needs, up to three tenths of the screen; a longer one wraps.
  const entries = rows.filter((r) => r.kind === "entry");
  const markWidth = Math.min(
    Math.max(...entries.map((r) => r.mark.length)) + 1,
    Math.max(4, Math.floor(width * 0.3)),
  );
  const meaningWidth = Math.max(1, width - markWidth - 1);
  const heightOf = (row: Row) =>
    row.kind === "heading" ? 1 : Math.max(rowsOf(row.mark, markWidth), rowsOf(row.meaning, meaningWidth));
  const body = height - 1;
  // The last top row that still fills the screen: scrolling stops when the end is in view.
  let lastTop = rows.length - 1;
  for (let used = heightOf(rows[lastTop] as Row); lastTop > 0; lastTop--) {
    used += heightOf(rows[lastTop - 1] as Row);
    if (used > body) break;
  }
  const top = useSelection(lastTop + 1, active, () => {});
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title} wrap="truncate-end">
        {t(lang, "help")}
      </Text>
      <Box flexDirection="column" height={body} overflow="hidden">
        {rows.slice(top).map((row, i) =>
          row.kind === "heading" ? (
            <Box key={top + i} flexShrink={0}>
              <Text {...theme.title} wrap="truncate-end">
                {row.text}
              </Text>
            </Box>
          ) : (
            <Box key={top + i} flexShrink={0} gap={1}>
              <Wrapped text={row.mark} width={markWidth} style={theme.accent} />
              <Wrapped text={row.meaning} width={meaningWidth} />
            </Box>
          ),
        )}
      </Box>
    </Box>
  );
}

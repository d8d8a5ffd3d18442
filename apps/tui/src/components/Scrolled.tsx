import { Box, Text, type TextProps } from "ink";
import { useUi } from "../contexts/ui.tsx";
import { t } from "../i18n.ts";
import { type Mark, type Piece, wrapMarked } from "./wrap.ts";

type Style = Omit<TextProps, "children">;

/** One screen row: pieces of text, each with its style. */
export type Row = Piece<Style>[];

/** A text wrapped to `width` as rows, in `style` but where `marks` say otherwise. */
export const rowsOfText = (
  text: string,
  width: number,
  style: Style = {},
  marks: readonly Mark<Style>[] = [],
) => wrapMarked(text, width, [...marks, { start: 0, end: text.length, style }]);

/**
 * Which rows of `total` show in `height` rows from `top`, with a marker row above ("↑ 3 more")
 * and below when rows are out of view; `top` is clamped so the last screen is full.
 */
export function windowOf(total: number, top: number, height: number) {
  if (total <= height) return { start: 0, end: total, maxTop: 0 };
  const maxTop = total - (height - 1);
  const start = Math.max(0, Math.min(top, maxTop));
  const room = height - (start > 0 ? 1 : 0);
  const end = start + room >= total ? total : start + room - 1;
  return { start, end, maxTop };
}

/**
 * Rows scrolled to `top`, never cut: what is out of view is counted in a marker row above or
 * below, so a reader knows there is more and how much.
 */
export function Scrolled({
  rows,
  top,
  height,
  width,
}: {
  rows: readonly Row[];
  top: number;
  height: number;
  width: number;
}) {
  const { theme, lang } = useUi();
  const { start, end } = windowOf(rows.length, top, height);
  const more = (n: number, arrow: string) => (
    <Text {...theme.muted} wrap="truncate-end">
      {`${arrow} ${n} ${t(lang, "more")}`}
    </Text>
  );
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {start > 0 ? more(start, "↑") : null}
      {rows.slice(start, end).map((pieces, i) => (
        <Text key={start + i} wrap="truncate-end">
          {pieces.length === 0
            ? " "
            : pieces.map((p) => (
                <Text key={p.at} {...p.style}>
                  {p.text}
                </Text>
              ))}
        </Text>
      ))}
      {end < rows.length ? more(rows.length - end, "↓") : null}
    </Box>
  );
}

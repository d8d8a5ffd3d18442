import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { useUi } from "../contexts/ui.tsx";
import { t } from "../i18n.ts";
import { wrapMarked } from "./wrap.ts";

interface ScrollListProps<T> {
  items: readonly T[];
  selected: number;
  height: number;
  /** Rows an item takes, for lists whose items wrap; one row each by default. */
  heightOf?: (item: T) => number;
  render: (item: T, selected: boolean, index: number) => ReactNode;
  keyOf: (item: T, index: number) => string;
}

/**
 * A list that shows the window holding the selected item: from the top while it fits, then
 * scrolled so that the selection is the last item in view. Where items are out of view, a row
 * says how many ("↑ 3 more", "↓ 12 more"), as lazygit and k9s do.
 */
export function ScrollList<T>({ items, selected, height, heightOf, render, keyOf }: ScrollListProps<T>) {
  const { theme, lang } = useUi();
  const rowsOf = (i: number) => heightOf?.(items[i] as T) ?? 1;
  const at = Math.max(0, Math.min(selected, items.length - 1));
  // Whether everything fits: counting stops at the first row past the height (wrapping every
  // entry of a long column on each key would cost the key its frame).
  let total = 0;
  for (let i = 0; i < items.length && total <= height; i++) total += rowsOf(i);
  let top = 0;
  let end = items.length;
  if (total > height) {
    // The rows left for items: a marker below, and one above once scrolled.
    const window = (room: number) => {
      let first = at;
      let used = items[at] === undefined ? 0 : rowsOf(at);
      while (first > 0 && used + rowsOf(first - 1) <= room) used += rowsOf(--first);
      let last = at + 1;
      while (last < items.length && used + rowsOf(last) <= room) used += rowsOf(last++);
      return { first, last };
    };
    ({ first: top, last: end } = window(height - 1));
    if (top > 0) ({ first: top, last: end } = window(height - 2));
  }
  const more = (count: number, arrow: string) => (
    <Text {...theme.muted} wrap="truncate-end">{`${arrow} ${count} ${t(lang, "more")}`}</Text>
  );
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {top > 0 ? more(top, "↑") : null}
      {items.slice(top, end).map((item, i) => (
        <Box key={keyOf(item, top + i)} flexShrink={0} flexDirection="column">
          {render(item, top + i === selected, top + i)}
        </Box>
      ))}
      {end < items.length ? more(items.length - end, "↓") : null}
    </Box>
  );
}

/** Rows a text takes when wrapped word by word to a width, as a `wrap="wrap"` Text draws it. */
export const rowsOf = (text: string, width: number) => Math.max(1, wrapMarked(text, width, []).length);

import { Box } from "ink";
import type { ReactNode } from "react";
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
 * scrolled so that the selection is the last item in view.
 */
export function ScrollList<T>({ items, selected, height, heightOf, render, keyOf }: ScrollListProps<T>) {
  let top = Math.max(0, Math.min(selected, items.length - 1));
  let used = items[top] === undefined ? 0 : (heightOf?.(items[top] as T) ?? 1);
  while (top > 0) {
    const above = heightOf?.(items[top - 1] as T) ?? 1;
    if (used + above > height) break;
    used += above;
    top--;
  }
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {items.slice(top).map((item, i) => (
        <Box key={keyOf(item, top + i)} flexShrink={0} flexDirection="column">
          {render(item, top + i === selected, top + i)}
        </Box>
      ))}
    </Box>
  );
}

/** Rows a text takes when wrapped word by word to a width, as a `wrap="wrap"` Text draws it. */
export const rowsOf = (text: string, width: number) => Math.max(1, wrapMarked(text, width, []).length);

import { Box, Text, type TextProps } from "ink";
import { wrapLines } from "./wrap.ts";

type Style = Omit<TextProps, "children">;

interface WrappedProps {
  text: string;
  width: number;
  style?: Style;
  /** At most this many rows; the last one shown ends in "…" when the text is longer. */
  rows?: number;
}

/**
 * A text wrapped word by word to its width, as `rowsOf` counts it. Ink's own wrapping keeps the
 * space at a break at the start of the next line, which a hanging indent makes plain to see.
 */
export function Wrapped({ text, width, style = {}, rows }: WrappedProps) {
  const lines = wrapLines(text, width);
  const shown = rows === undefined || lines.length <= rows ? lines : lines.slice(0, rows);
  const cut = shown.length < lines.length;
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      {shown.map((line, i) => (
        <Text key={i} {...style} wrap="truncate-end">
          {cut && i === shown.length - 1 ? lines.slice(i).join(" ") : line}
        </Text>
      ))}
    </Box>
  );
}

import { Box, Text, type TextProps } from "ink";
import { type Mark, windowStart, wrapMarked } from "./wrap.ts";

type Style = Omit<TextProps, "children">;

interface PassageProps {
  text: string;
  width: number;
  height: number;
  marks: readonly Mark<Style>[];
  /** The UTF-16 index to keep in view, e.g. the start of the quote. */
  focus?: number;
}

/**
 * A text wrapped to its box with marked spans, scrolled so that the focus stays in view: a long
 * paragraph in a small terminal still shows the quote it is there for.
 */
export function Passage({ text, width, height, marks, focus = 0 }: PassageProps) {
  const lines = wrapMarked(text, width, marks);
  let focusLine = lines.findIndex((pieces) => {
    const last = pieces[pieces.length - 1];
    return last !== undefined && last.at + last.text.length >= focus;
  });
  if (focusLine === -1) focusLine = 0;
  const start = windowStart(lines.length, focusLine, Math.max(1, height));
  return (
    <Box flexDirection="column" width={width}>
      {lines.slice(start, start + Math.max(1, height)).map((pieces, i) => (
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
    </Box>
  );
}

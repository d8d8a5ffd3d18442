import { type AnsiCode, ansiCodesToString, diffAnsiCodes, type StyledChar } from "@alcalzone/ansi-tokenize";

export * from "@alcalzone/ansi-tokenize";

const sameStyle = (a: readonly AnsiCode[], b: readonly AnsiCode[]) =>
  a.length === b.length && a.every((code, i) => code.code === b[i]?.code && code.endCode === b[i]?.endCode);

/**
 * @alcalzone/ansi-tokenize's styledCharsToString, without diffing neighbours that share a style.
 * Ink turns every cell of every frame into text with it, and the original diffs each pair of cells
 * with three Sets even when both are plain spaces: ~20 ms of the first frame. The diff of two equal
 * styles is empty, so skipping it changes nothing (terminal-text.test.ts compares the two). The
 * bundle gives Ink this module in place of the package (scripts/build.mjs).
 */
export function styledCharsToString(chars: StyledChar[]): string {
  let text = "";
  let previous: AnsiCode[] = [];
  for (const char of chars) {
    if (!sameStyle(previous, char.styles)) text += ansiCodesToString(diffAnsiCodes(previous, char.styles));
    text += char.value;
    previous = char.styles;
  }
  // Reset whatever is still active at the end of the line.
  return chars.length === 0 ? text : text + ansiCodesToString(diffAnsiCodes(previous, []));
}

import {
  type AnsiCode,
  ansiCodesToString,
  diffAnsiCodes,
  reduceAnsiCodesIncremental,
  type StyledChar,
  type Token,
} from "@alcalzone/ansi-tokenize";

export * from "@alcalzone/ansi-tokenize";

const sameStyle = (a: readonly AnsiCode[], b: readonly AnsiCode[]) =>
  a === b ||
  (a.length === b.length && a.every((code, i) => code.code === b[i]?.code && code.endCode === b[i]?.endCode));

/**
 * @alcalzone/ansi-tokenize's styledCharsFromTokens, with one styles array for the characters that
 * share a style instead of a copy of it, and of the token, for each. Ink cuts every line it writes
 * into characters with it: most of the time Ink spends on a frame's text. The arrays are never
 * changed (reduceAnsiCodesIncremental makes a new one), and neighbours with the same array skip
 * styledCharsToString's comparison.
 */
export function styledCharsFromTokens(tokens: readonly Token[]): StyledChar[] {
  let styles: AnsiCode[] = [];
  const chars: StyledChar[] = [];
  for (const token of tokens) {
    if (token.type === "ansi") styles = reduceAnsiCodesIncremental(styles, [token]);
    else chars.push({ type: "char", value: token.value, fullWidth: token.fullWidth, styles });
  }
  return chars;
}

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

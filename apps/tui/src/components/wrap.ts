/** A styled range of a text, in UTF-16 units. */
export interface Mark<S> {
  start: number;
  end: number;
  style: S;
}

export interface Piece<S> {
  text: string;
  style: S | undefined;
  /** Where the piece starts in the text, in UTF-16 units. */
  at: number;
}

/**
 * Wraps a text to a width, word by word, each line split into pieces by the marks that cover it
 * (the first mark wins where marks overlap). Newlines start new lines; words longer than the width
 * are cut.
 */
export function wrapMarked<S>(text: string, width: number, marks: readonly Mark<S>[]): Piece<S>[][] {
  const max = Math.max(1, width);
  const ranges: { from: number; to: number }[] = [];
  let offset = 0;
  for (const paragraph of text.split("\n")) {
    let lineFrom = offset;
    let lineTo = offset;
    const words = paragraph.split(/(?<=\s)(?=\S)/);
    let at = offset;
    for (const word of words) {
      const visible = word.trimEnd();
      if (lineTo > lineFrom && at + visible.length - lineFrom > max) {
        ranges.push({ from: lineFrom, to: lineTo });
        lineFrom = at;
      }
      while (at + visible.length - lineFrom > max) {
        ranges.push({ from: lineFrom, to: lineFrom + max });
        lineFrom += max;
      }
      lineTo = at + visible.length;
      at += word.length;
    }
    ranges.push({ from: lineFrom, to: Math.max(lineFrom, lineTo) });
    offset += paragraph.length + 1;
  }
  return ranges.map(({ from, to }) => piecesOf(text, from, to, marks));
}

/** A text wrapped word by word to a width, as lines without the spaces at the breaks. */
export const wrapLines = (text: string, width: number): string[] =>
  wrapMarked(text, width, []).map((pieces) => pieces.map((p) => p.text).join(""));

function piecesOf<S>(text: string, from: number, to: number, marks: readonly Mark<S>[]): Piece<S>[] {
  const cuts = new Set([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) cuts.add(m.start);
    if (m.end > from && m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece<S>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const mark = marks.find((m) => m.start <= a && m.end >= b);
    pieces.push({ text: text.slice(a, b), style: mark?.style, at: a });
  }
  return pieces;
}

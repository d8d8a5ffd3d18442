// Printable ASCII and Latin, general punctuation (the sources' “ ” – …), arrows, box drawing,
// blocks and the geometric shapes the UI draws, as a regular-expression class.
const ONE_COLUMN_CODE_POINTS =
  "\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u2010-\\u2027\\u2030-\\u205E\\u2190-\\u21FF\\u2500-\\u25FC";

/**
 * Code points that each take one terminal column and always form a grapheme of their own: printable
 * ASCII and Latin, general punctuation (the sources' “ ” – …), arrows, box drawing, blocks and the
 * geometric shapes the UI draws. It leaves out soft hyphen, zero-width and bidi controls, line
 * separators, and the two shapes that are emoji (◽ ◾). A text made only of them is as wide as it is
 * long, and any cut between two of its code units is a cut between columns: terminal-text.test.ts
 * checks every code point in it against string-width and Intl.Segmenter.
 */
export const ONE_COLUMN = new RegExp(`^[${ONE_COLUMN_CODE_POINTS}]*$`);

/**
 * Text in which every code unit is a grapheme of its own: one-column code points and ESC, which as
 * a control character never joins a neighbour. Ink's styled lines are such text.
 */
export const CODE_UNIT_GRAPHEMES = new RegExp(`^[\\u001B${ONE_COLUMN_CODE_POINTS}]*$`);

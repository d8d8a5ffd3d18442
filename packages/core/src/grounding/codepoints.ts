/**
 * W3C TextPositionSelector offsets count Unicode code points, while JavaScript strings index
 * UTF-16 code units. These helpers convert between the two so that offsets stay correct for
 * text outside the Basic Multilingual Plane.
 */

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The code point offset of UTF-16 index `unitIndex` in `text`. */
export function toCodePointOffset(text: string, unitIndex: number): number {
  return codePointLength(text.slice(0, unitIndex));
}

const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * Whether each recently seen text has surrogates, so that the few source texts of a dataset are
 * scanned once, not once per quote (a Map hashes a string once and keeps the hash). Bounded.
 */
const surrogates = new Map<string, boolean>();
function hasSurrogates(text: string): boolean {
  let found = surrogates.get(text);
  if (found === undefined) {
    if (surrogates.size >= 64) surrogates.clear();
    found = SURROGATE.test(text);
    surrogates.set(text, found);
  }
  return found;
}

/** The UTF-16 index of code point offset `codePoint` in `text` (clamped to the text's end). */
export function toUnitIndex(text: string, codePoint: number): number {
  // Text without surrogates has one unit per code point, so there is nothing to walk: checking
  // every quote of a dataset walked its sources over and over (most of `checkIntegrity`).
  if (!hasSurrogates(text)) return Math.max(0, Math.min(codePoint, text.length));
  let unit = 0;
  for (let cp = 0; cp < codePoint && unit < text.length; cp++) {
    const value = text.codePointAt(unit) ?? 0;
    unit += value > 0xffff ? 2 : 1;
  }
  return unit;
}

/** The text between code point offsets `start` (included) and `end` (excluded). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(toUnitIndex(text, start), toUnitIndex(text, end));
}

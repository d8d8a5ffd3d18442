import stringWidth from "string-width";
import { ONE_COLUMN } from "./one-column.ts";

/**
 * string-width with a wider fast path. Its own covers printable ASCII only, so one curly quote sends
 * a whole paragraph through Intl.Segmenter and the emoji regexes: that was most of Ink's first
 * layout (~50 ms of the first frame). The bundle puts this in place of string-width for Ink and its
 * helpers (scripts/build.mjs); other text, escape codes and options go to string-width unchanged.
 */
export default function textWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (options === undefined && typeof text === "string" && ONE_COLUMN.test(text)) return text.length;
  return stringWidth(text, options);
}

import stringWidth from "string-width";
import stripAnsi from "strip-ansi";
import { ONE_COLUMN } from "./one-column.ts";

/**
 * string-width with a wider fast path. Its own covers printable ASCII only, so one curly quote sends
 * a whole paragraph through Intl.Segmenter and the emoji regexes: that was most of Ink's first
 * layout (~50 ms of the first frame). The bundle puts this in place of string-width for Ink and its
 * helpers (scripts/build.mjs); other text and options go to string-width unchanged.
 */
export default function textWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (options === undefined && typeof text === "string") {
    // Styled text is measured without its escape codes, as string-width does: Ink measures every
    // styled line of a frame (the header, the legend), and with colour on most lines are styled.
    const visible = text.includes("\u001B") ? stripAnsi(text) : text;
    if (ONE_COLUMN.test(visible)) return visible.length;
  }
  return stringWidth(text, options);
}

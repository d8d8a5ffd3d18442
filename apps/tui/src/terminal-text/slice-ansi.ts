import sliceAnsi from "slice-ansi";
import { ONE_COLUMN } from "./one-column.ts";

/**
 * slice-ansi with a fast path for one-column text, where columns are code units. Ink slices every
 * line drawn inside a box that hides overflow, and slice-ansi asks Intl.Segmenter about each
 * character past ASCII (~13 ms of the first frame). The bundle puts this in place of slice-ansi
 * (scripts/build.mjs); other text goes to slice-ansi unchanged.
 */
export default function sliceText(text: string, start: number, end?: number): string {
  // Negative cuts keep slice-ansi's own answers.
  if (start >= 0 && (end === undefined || end >= 0) && ONE_COLUMN.test(text)) {
    return text.slice(start, end);
  }
  return sliceAnsi(text, start, end);
}

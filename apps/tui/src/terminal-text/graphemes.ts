import { CODE_UNIT_GRAPHEMES } from "./one-column.ts";

/** A text's graphemes when each code unit is one: what Intl.Segmenter answers for it. */
class CodeUnitSegments implements Intl.Segments {
  constructor(private readonly input: string) {}

  containing(codeUnitIndex = 0): Intl.SegmentData | undefined {
    const index = Math.trunc(codeUnitIndex);
    const segment = this.input[index];
    return segment === undefined ? undefined : { segment, index, input: this.input };
  }

  *[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
    for (let index = 0; index < this.input.length; index++) {
      yield { segment: this.input[index] as string, index, input: this.input };
    }
  }
}

/**
 * A grapheme Intl.Segmenter that skips ICU where the answer is known. string-width, slice-ansi and
 * @alcalzone/ansi-tokenize segment every styled line Ink draws, and ICU's first Segmenter in a
 * process costs 20-30 ms to create; text of one-column code points and escape codes (all of
 * Parley's) is cut into its code units instead, and anything else goes to a real Segmenter,
 * created on first use. The bundle gives the three packages this in place of their own
 * (scripts/build.mjs); terminal-text.test.ts checks it answers as Intl.Segmenter does.
 */
export function graphemeSegmenter(): Pick<Intl.Segmenter, "segment"> {
  let icu: Intl.Segmenter | undefined;
  return {
    segment: (text) => {
      const input = String(text);
      if (CODE_UNIT_GRAPHEMES.test(input)) return new CodeUnitSegments(input);
      icu ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
      return icu.segment(input);
    },
  };
}

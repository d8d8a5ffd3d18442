import * as ansiTokenize from "@alcalzone/ansi-tokenize";
import { getSummit } from "@parley/core";
import fc from "fast-check";
import sliceAnsi from "slice-ansi";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { styledCharsFromTokens, styledCharsToString } from "./ansi-tokenize.ts";
import { graphemeSegmenter } from "./graphemes.ts";
import { CODE_UNIT_GRAPHEMES, ONE_COLUMN } from "./one-column.ts";
import sliceText from "./slice-ansi.ts";
import textWidth from "./string-width.ts";

/** Every code point ONE_COLUMN lets through, read off the class itself. */
const fastPathCodePoints = [...ONE_COLUMN.source.matchAll(/\\u([0-9A-F]{4})-\\u([0-9A-F]{4})/g)].flatMap(
  ([, from, to]) => {
    const first = Number.parseInt(from as string, 16);
    const last = Number.parseInt(to as string, 16);
    return Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i));
  },
);

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

const graphemes = (text: string) => [...new Intl.Segmenter().segment(text)].length;

const texts = stringsIn(getSummit("alaska-2025").dataset);
const lines = texts.flatMap((t) => t.split("\n"));

const alphabet = fc.oneof(
  fc.constantFrom(...fastPathCodePoints),
  fc.constantFrom(
    "\u0301",
    "\u200D",
    "\u00AD",
    "\r",
    "\n",
    "\u001B[1m",
    "\u001B[22m",
    "普",
    "👍",
    "🏽",
    "◾",
    "\u2028",
  ),
);
const anyText = fc.array(alphabet, { maxLength: 12 }).map((chars) => chars.join(""));
const runs = { seed: 20250815, numRuns: 2000 };

// Lines as Ink writes them: text in the UI's styles, opened, nested, closed and reset.
const codes = [
  "1",
  "2",
  "22",
  "4",
  "24",
  "7",
  "27",
  "31",
  "39",
  "38;5;208",
  "48;2;0;0;128",
  "49",
  "0",
  "1;31",
];
const styledLine = fc
  .array(
    fc.oneof(
      fc.constantFrom(...codes).map((c) => `\u001B[${c}m`),
      alphabet,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("ONE_COLUMN", () => {
  it("holds only code points string-width gives one column, each its own grapheme", () => {
    expect(fastPathCodePoints.length).toBeGreaterThan(1000);
    for (const char of fastPathCodePoints) {
      expect.soft(stringWidth(char), `U+${char.codePointAt(0)?.toString(16)}`).toBe(1);
      // Nothing in the class joins a neighbour into one grapheme (no marks, joiners or CR LF).
      expect.soft(graphemes(`a${char}${char}a`), `U+${char.codePointAt(0)?.toString(16)}`).toBe(4);
    }
  });

  it("covers every line of the dataset's sources, quotes and summaries, which is what it is for", () => {
    expect(texts.length).toBeGreaterThan(1000);
    expect(lines.filter((line) => !ONE_COLUMN.test(line))).toEqual([]);
  });
});

describe("graphemeSegmenter", () => {
  const icu = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const ours = graphemeSegmenter();
  const sameAsIcu = (text: string) => {
    expect([...ours.segment(text)]).toEqual([...icu.segment(text)]);
    for (const at of [-1, 0, 1, 2.5, Math.floor(text.length / 2), text.length - 1, text.length]) {
      expect(ours.segment(text).containing(at), `containing(${at})`).toEqual(
        icu.segment(text).containing(at),
      );
    }
  };

  it("answers as Intl.Segmenter on every line of the dataset, plain and styled", () => {
    for (const line of lines.filter((_, i) => i % 3 === 0)) {
      sameAsIcu(line);
      sameAsIcu(`\u001B[1m\u001B[36m${line}\u001B[39m\u001B[22m`);
    }
    expect(CODE_UNIT_GRAPHEMES.test("\u001B[7m 1 Compare \u001B[27m ● own")).toBe(true);
  });

  it("answers as Intl.Segmenter on any text, styled or not", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, styledLine), (text) => sameAsIcu(text)),
      runs,
    );
  });
});

describe("textWidth", () => {
  it("agrees with string-width on every text of the dataset, whole and line by line", () => {
    for (const text of [...texts, ...lines]) expect(textWidth(text)).toBe(stringWidth(text));
  });

  it("leaves wide, combining, emoji, escaped and option-bearing text to string-width", () => {
    const cases: [string, number][] = [
      ["普京", 4],
      ["e\u0301", 1],
      ["◽", 2],
      ["👍🏽", 2],
      ["a\u00ADb", 2],
      ["\u001B[31m“ya”\u001B[39m", 4],
    ];
    for (const [text, width] of cases) expect(textWidth(text)).toBe(width);
    expect(textWidth("–→", { ambiguousIsNarrow: false })).toBe(4);
  });

  it("agrees with string-width on any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(textWidth(text)).toBe(stringWidth(text));
      }),
      runs,
    );
  });

  it("agrees with string-width on any styled line, measuring it without its escape codes", () => {
    expect(textWidth("\u001B[1m\u001B[36mIssues\u001B[39m\u001B[22m ● own ○ said · none")).toBe(26);
    fc.assert(
      fc.property(styledLine, (line) => {
        expect(textWidth(line)).toBe(stringWidth(line));
      }),
      runs,
    );
  });
});

describe("sliceText", () => {
  it("agrees with slice-ansi on every line of the dataset, cut anywhere", () => {
    for (const line of lines.filter((_, i) => i % 7 === 0)) {
      const cuts = [0, 1, Math.floor(line.length / 2), line.length - 1, line.length, line.length + 3];
      for (const start of cuts) {
        for (const end of [undefined, ...cuts])
          expect(sliceText(line, start, end)).toBe(sliceAnsi(line, start, end));
      }
    }
  });

  it("agrees with slice-ansi on any text and any cut", () => {
    const cut = fc.integer({ min: -3, max: 15 });
    fc.assert(
      fc.property(anyText, cut, fc.option(cut, { nil: undefined }), (text, start, end) => {
        expect(sliceText(text, start, end)).toBe(sliceAnsi(text, start, end));
      }),
      runs,
    );
  });
});

describe("styledCharsFromTokens", () => {
  it("cuts any styled line into the same characters and styles as the package's", () => {
    fc.assert(
      fc.property(styledLine, (line) => {
        const tokens = ansiTokenize.tokenize(line);
        const chars = styledCharsFromTokens(tokens);
        expect(chars).toEqual(ansiTokenize.styledCharsFromTokens(tokens));
        expect(styledCharsToString(chars)).toBe(ansiTokenize.styledCharsToString(chars));
      }),
      runs,
    );
  });

  it("shares one styles array among neighbours in the same style", () => {
    const chars = styledCharsFromTokens(ansiTokenize.tokenize("a\u001B[1mbc\u001B[22m d"));
    expect(chars.map((c) => c.value).join("")).toBe("abc d");
    expect(chars[1]?.styles).toBe(chars[2]?.styles);
    expect(chars[1]?.styles.map((c) => c.code)).toEqual(["\u001B[1m"]);
    expect(chars[0]?.styles).toEqual([]);
    expect(chars[3]?.styles).toEqual([]);
  });
});

describe("styledCharsToString", () => {
  it("writes the same text as the package's on any styled line", () => {
    fc.assert(
      fc.property(styledLine, (line) => {
        const chars = ansiTokenize.styledCharsFromTokens(ansiTokenize.tokenize(line));
        expect(styledCharsToString(chars)).toBe(ansiTokenize.styledCharsToString(chars));
      }),
      runs,
    );
  });

  it("still writes the changes between styles and resets at the end", () => {
    const chars = ansiTokenize.styledCharsFromTokens(ansiTokenize.tokenize("a\u001B[1mbc\u001B[22m d"));
    expect(styledCharsToString(chars)).toBe("a\u001B[1mbc\u001B[22m d");
    expect(styledCharsToString([])).toBe("");
  });
});

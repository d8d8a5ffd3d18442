import { describe, expect, it } from "vitest";
import { codePointLength, sliceCodePoints, toCodePointOffset, toUnitIndex } from "./codepoints.ts";
import { ground, paragraphOf, verifyEvidence } from "./evidence.ts";

const texts = new Map([
  ["000_0000000000000000", "Putin berkata “damai”. Trump berkata “damai”."],
  // An astral character (U+1F30D) counts as one code point but two UTF-16 units.
  ["001_0000000000000001", "🌍 Dunia menunggu.\nParagraf kedua: hasil KTT."],
]);

describe("ground", () => {
  it("computes code point offsets and context for a unique quote", () => {
    const evidence = ground(texts, { source: "001_0000000000000001", exact: "Dunia menunggu" });
    expect(evidence).toMatchObject({
      quote: {
        type: "TextQuoteSelector",
        exact: "Dunia menunggu",
        prefix: "🌍 ",
        suffix: ".\nParagraf kedua: hasil KTT.",
      },
      position: { type: "TextPositionSelector", start: 2, end: 16 },
    });
  });

  it("refuses an ambiguous quote and accepts it with an occurrence", () => {
    expect(ground(texts, { source: "000_0000000000000000", exact: "“damai”" })).toMatch(/occurs 2 times/);
    const second = ground(texts, { source: "000_0000000000000000", exact: "“damai”", occurrence: 2 });
    expect(second).toMatchObject({ position: { start: 37, end: 44 } });
  });

  it("names the source when a quote is missing or the source unknown", () => {
    expect(ground(texts, { source: "000_0000000000000000", exact: "perang" })).toBe(
      'quote not found in source "000_0000000000000000": "perang"',
    );
    expect(ground(texts, { source: "009_0000000000000000", exact: "x" })).toMatch(/does not exist/);
    expect(ground(texts, { source: "000_0000000000000000", exact: "damai", occurrence: 3 })).toMatch(
      /occurs 2 times .* not 3/,
    );
  });
});

describe("verifyEvidence", () => {
  const evidence = ground(texts, { source: "001_0000000000000001", exact: "hasil KTT" });
  if (typeof evidence === "string") throw new Error(evidence);

  it("accepts evidence that stands at its offsets", () => {
    expect(verifyEvidence(texts, evidence)).toEqual([]);
  });

  it("reports a quote moved to other offsets, with where it really is", () => {
    const moved = { ...evidence, position: { ...evidence.position, start: 3, end: 12 } };
    expect(verifyEvidence(texts, moved)[0]).toMatch(/quote is at 34, not at 3-12/);
  });

  it("reports a quote changed by one character", () => {
    const changed = { ...evidence, quote: { ...evidence.quote, exact: "hasil KTX" } };
    expect(verifyEvidence(texts, changed)[0]).toMatch(/quote not found/);
  });

  it("reports a wrong prefix or suffix", () => {
    const wrongPrefix = { ...evidence, quote: { ...evidence.quote, prefix: "kedua? " } };
    expect(verifyEvidence(texts, wrongPrefix)).toEqual([expect.stringMatching(/prefix does not precede/)]);
  });
});

describe("code points", () => {
  it("converts between UTF-16 indexes and code point offsets", () => {
    const text = "a🌍b";
    expect(codePointLength(text)).toBe(3);
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toUnitIndex(text, 2)).toBe(3);
    expect(sliceCodePoints(text, 1, 2)).toBe("🌍");
  });

  it("takes the shortcut only for text without surrogates, whatever it saw before", () => {
    for (const [text, codePoint, unit] of [
      ["abc", 2, 2],
      ["a🌍b", 2, 3],
      ["abc", 9, 3],
      ["a🌍b", 9, 4],
      ["abc", -1, 0],
    ] as const) {
      expect(toUnitIndex(text, codePoint)).toBe(unit);
    }
  });
});

describe("paragraphOf", () => {
  it("returns the line that holds the quote and the quote's place in it", () => {
    const evidence = ground(texts, { source: "001_0000000000000001", exact: "hasil KTT" });
    if (typeof evidence === "string") throw new Error(evidence);
    const text = texts.get("001_0000000000000001") as string;
    const { paragraph, quoteStart, quoteEnd } = paragraphOf(text, evidence);
    expect(paragraph).toBe("Paragraf kedua: hasil KTT.");
    expect(paragraph.slice(quoteStart, quoteEnd)).toBe("hasil KTT");
  });
});

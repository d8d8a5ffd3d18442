import type { Evidence, EvidenceInput } from "../schema/model.ts";
import { codePointLength, sliceCodePoints, toCodePointOffset, toUnitIndex } from "./codepoints.ts";

/** How many code points of context a TextQuoteSelector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** Every source's full text, by source id. */
export type SourceTexts = ReadonlyMap<string, string>;

function allIndexesOf(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Grounds an authored quote in its source: finds the verbatim text and computes the W3C
 * selectors. Returns a message instead of evidence when the quote is missing or ambiguous, so the
 * caller can name the fact it belongs to.
 */
export function ground(texts: SourceTexts, input: EvidenceInput): Evidence | string {
  const text = texts.get(input.source);
  if (text === undefined) return `source "${input.source}" does not exist`;
  const found = allIndexesOf(text, input.exact);
  if (found.length === 0) return `quote not found in source "${input.source}": "${input.exact}"`;
  if (input.occurrence === undefined && found.length > 1) {
    return `quote occurs ${found.length} times in source "${input.source}"; set occurrence (1-${found.length}): "${input.exact}"`;
  }
  const unitStart = found[(input.occurrence ?? 1) - 1];
  if (unitStart === undefined) {
    return `quote occurs ${found.length} times in source "${input.source}", not ${input.occurrence}: "${input.exact}"`;
  }
  const start = toCodePointOffset(text, unitStart);
  const end = start + codePointLength(input.exact);
  return {
    source: input.source,
    quote: {
      type: "TextQuoteSelector",
      exact: input.exact,
      prefix: sliceCodePoints(text, Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: sliceCodePoints(text, end, end + CONTEXT_LENGTH),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

/**
 * Checks published evidence against its source: the quote must stand at its offsets with its
 * prefix and suffix around it. Returns what is wrong, or nothing.
 */
export function verifyEvidence(texts: SourceTexts, evidence: Evidence): string[] {
  const text = texts.get(evidence.source);
  if (text === undefined) return [`source "${evidence.source}" does not exist`];
  const { start, end } = evidence.position;
  const { exact, prefix, suffix } = evidence.quote;
  const problems: string[] = [];
  const atOffsets = sliceCodePoints(text, start, end);
  if (atOffsets !== exact) {
    const elsewhere = text.indexOf(exact);
    problems.push(
      elsewhere === -1
        ? `quote not found in source "${evidence.source}": "${exact}"`
        : `quote is at ${toCodePointOffset(text, elsewhere)}, not at ${start}-${end}, in source "${evidence.source}": "${exact}"`,
    );
  }
  if (sliceCodePoints(text, Math.max(0, start - codePointLength(prefix)), start) !== prefix) {
    problems.push(`prefix does not precede the quote in source "${evidence.source}": "${prefix}"`);
  }
  if (sliceCodePoints(text, end, end + codePointLength(suffix)) !== suffix) {
    problems.push(`suffix does not follow the quote in source "${evidence.source}": "${suffix}"`);
  }
  return problems;
}

/** The paragraph (line) of the source that contains the evidence, with the quote's place in it. */
export function paragraphOf(
  text: string,
  evidence: Evidence,
): { paragraph: string; quoteStart: number; quoteEnd: number } {
  const unitStart = toUnitIndex(text, evidence.position.start);
  const unitEnd = toUnitIndex(text, evidence.position.end);
  const lineStart = text.lastIndexOf("\n", unitStart - 1) + 1;
  const next = text.indexOf("\n", unitEnd);
  const lineEnd = next === -1 ? text.length : next;
  const paragraph = text.slice(lineStart, lineEnd);
  const quoteStart = codePointLength(text.slice(lineStart, unitStart));
  return { paragraph, quoteStart, quoteEnd: quoteStart + codePointLength(evidence.quote.exact) };
}

import type { Tokenizer } from "@orama/orama";
import { tokenizer as oramaTokenizer } from "@orama/orama/components";
import { stemmer as indonesianStemmer } from "@orama/stemmers/indonesian";

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text with their UTF-16 positions. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

const normalize = (word: string) =>
  word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

/**
 * Indonesian prefixes meN-/peN- swallow the first consonant of the root (menegaskan ← tegas,
 * memulihkan ← pulih, menyepakati ← sepakat, mengatakan ← kata). The Snowball stemmer strips the
 * prefix without putting the consonant back, so each such word also gets the restored root.
 */
const NASAL_RESTORATIONS: readonly [RegExp, string][] = [
  [/^(?:me|pe)ny(?=[aiueo])/, "s"],
  [/^(?:me|pe)ng(?=[aiueo])/, "k"],
  [/^(?:me|pe)n(?=[aiueo])/, "t"],
  [/^(?:me|pe)m(?=[aiueo])/, "p"],
];

/**
 * The index terms of one Indonesian word: the word itself, its Snowball stem and, for nasal
 * prefixes, the stem of the restored root. Indexing the word as well as its stem matters because
 * the stemmer over-strips some roots ("damai" → "dama") that it gets right inside derived forms
 * ("perdamaian" → "damai"); a query and a document then meet on whichever term they share.
 */
export function indonesianTerms(word: string): string[] {
  const lower = normalize(word);
  const terms = new Set([lower, indonesianStemmer(lower)]);
  for (const [prefix, consonant] of NASAL_RESTORATIONS) {
    if (prefix.test(lower)) {
      terms.add(indonesianStemmer(lower.replace(prefix, consonant)));
      break;
    }
  }
  return [...terms];
}

/** An Orama tokenizer that emits every Indonesian term of every word. */
export function createIndonesianTokenizer(): Tokenizer {
  return {
    language: "indonesian",
    normalizationCache: new Map(),
    tokenize: (raw: string) => [...new Set(words(raw).flatMap(({ word }) => indonesianTerms(word)))],
  };
}

const english = oramaTokenizer.createTokenizer({ language: "english", stemming: true });

/** The index terms of one English word (Orama's English stemmer). */
export function englishTerms(word: string): string[] {
  return english.tokenize(normalize(word), "english");
}

export function createEnglishTokenizer(): Tokenizer {
  return english;
}

import { tokenizer as oramaTokenizer } from "@orama/orama/components";
import { stemmer as indonesianStemmer } from "@orama/stemmers/indonesian";

type Stemmer = (word: string) => string;
/** The index terms of one word. */
export type Terms = (word: string) => string[];

/**
 * The Snowball stemmers Orama ships, by the primary subtag of a BCP 47 tag, with Orama's name
 * for the language. Each loads on demand, so a summit pays only for its own languages; English
 * and Indonesian (the Alaska summit's) are built in.
 */
const STEMMERS: Record<string, [name: string, load: () => Promise<{ stemmer: Stemmer }>]> = {
  ar: ["arabic", () => import("@orama/stemmers/arabic")],
  bg: ["bulgarian", () => import("@orama/stemmers/bulgarian")],
  da: ["danish", () => import("@orama/stemmers/danish")],
  de: ["german", () => import("@orama/stemmers/german")],
  el: ["greek", () => import("@orama/stemmers/greek")],
  es: ["spanish", () => import("@orama/stemmers/spanish")],
  fi: ["finnish", () => import("@orama/stemmers/finnish")],
  fr: ["french", () => import("@orama/stemmers/french")],
  ga: ["irish", () => import("@orama/stemmers/irish")],
  hi: ["indian", () => import("@orama/stemmers/indian")],
  hu: ["hungarian", () => import("@orama/stemmers/hungarian")],
  hy: ["armenian", () => import("@orama/stemmers/armenian")],
  it: ["italian", () => import("@orama/stemmers/italian")],
  lt: ["lithuanian", () => import("@orama/stemmers/lithuanian")],
  nb: ["norwegian", () => import("@orama/stemmers/norwegian")],
  ne: ["nepali", () => import("@orama/stemmers/nepali")],
  nl: ["dutch", () => import("@orama/stemmers/dutch")],
  no: ["norwegian", () => import("@orama/stemmers/norwegian")],
  pt: ["portuguese", () => import("@orama/stemmers/portuguese")],
  ro: ["romanian", () => import("@orama/stemmers/romanian")],
  ru: ["russian", () => import("@orama/stemmers/russian")],
  sa: ["sanskrit", () => import("@orama/stemmers/sanskrit")],
  sr: ["serbian", () => import("@orama/stemmers/serbian")],
  sv: ["swedish", () => import("@orama/stemmers/swedish")],
  ta: ["tamil", () => import("@orama/stemmers/tamil")],
  tr: ["turkish", () => import("@orama/stemmers/turkish")],
  uk: ["ukrainian", () => import("@orama/stemmers/ukrainian")],
};

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

/** A language's terms through Orama's tokenizer and that language's stemmer. */
const snowball = (language: string, stemmer?: Stemmer): Terms => {
  const tokenizer = oramaTokenizer.createTokenizer({ language, stemming: true, ...(stemmer && { stemmer }) });
  return (word) => tokenizer.tokenize(normalize(word), language);
};

/** A language without a stemmer matches words as they are, case and accents aside. */
const plain: Terms = (word) => [normalize(word)];

const primary = (tag: string) => tag.toLowerCase().split("-")[0] ?? "";
const loaded = new Map<string, Terms>([
  ["id", indonesianTerms],
  ["en", snowball("english")],
]);

/**
 * Loads the stemmers of these languages, where Orama has one, so that `termsOf` can use them.
 * Building a summit calls it; the built-in languages need no loading.
 */
export async function loadLanguages(tags: Iterable<string>): Promise<void> {
  for (const tag of new Set([...tags].map(primary))) {
    const known = STEMMERS[tag];
    if (loaded.has(tag) || !known) continue;
    const [name, load] = known;
    loaded.set(tag, snowball(name, (await load()).stemmer));
  }
}

/** How a language's words become index terms: its stemmer if loaded, else the word itself. */
export function termsOf(tag: string): Terms {
  return loaded.get(primary(tag)) ?? plain;
}

import {
  type DateBasis,
  type DatePrecision,
  type DateRelation,
  type FactKind,
  GLOSSARY,
  type Localized,
  localize,
} from "@parley/core";

/** The reader's languages: the sources' own, and English (the first is the default). */
export const LANGS = ["en", "id"] as const;
export type Lang = (typeof LANGS)[number];
type Bilingual = Record<Lang, string>;

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/**
 * Every label of the reader in both languages, in one table so nothing is translated twice or
 * forgotten. Names, labels and summaries are not here: they come from the data.
 */
const labels = {
  tagline: {
    en: "Who said what at the Trump–Putin summit in Alaska, side by side, with the sentence that proves it.",
    id: "Siapa mengatakan apa di KTT Trump–Putin di Alaska, berdampingan, dengan kalimat yang membuktikannya.",
  },
  compare: { en: "Compare", id: "Bandingkan" },
  discrepancies: { en: "Discrepancies", id: "Perbedaan" },
  timeline: { en: "Timeline", id: "Kronologi" },
  actors: { en: "Actors", id: "Aktor" },
  sources: { en: "Sources", id: "Sumber" },
  search: { en: "Search", id: "Cari" },
  claim: { en: "Claim", id: "Klaim" },
  source: { en: "Source", id: "Sumber" },
  skip: { en: "Skip to the content", id: "Langsung ke isi" },
  language: { en: "Language", id: "Bahasa" },
  json: { en: "This page as JSON", id: "Halaman ini sebagai JSON" },
  issue: { en: "Issue", id: "Isu" },
  issues: { en: "Issues", id: "Isu" },
  sides: { en: "Sides", id: "Pihak" },
  twoActors: { en: "Two actors", id: "Dua aktor" },
  actor: { en: "Actor", id: "Aktor" },
  choose: { en: "Choose sides or two actors, and the issues", id: "Pilih pihak atau dua aktor, dan isunya" },
  allIssues: { en: "All issues", id: "Semua isu" },
  show: { en: "Show", id: "Tampilkan" },
  own: { en: "Own position", id: "Posisi sendiri" },
  hearsay: { en: "Said about it by others", id: "Kata pihak lain" },
  analysis: { en: "Analysis", id: "Analisis" },
  gap: { en: "No position of its own in the sources.", id: "Tidak ada posisi sendiri di sumber." },
  legend: { en: "Legend", id: "Legenda" },
  about: { en: "about", id: "tentang" },
  narration: { en: "the article's narration", id: "narasi artikel" },
  ourTranslation: {
    en: "Parley's translation (ours, not the source's)",
    id: "Ringkasan Parley (milik kami, bukan sumber)",
  },
  ourNote: { en: "Parley's note", id: "Catatan Parley" },
  quote: { en: "The sentence in its paragraph", id: "Kalimat dalam paragrafnya" },
  speaker: { en: "Said by", id: "Dikatakan oleh" },
  noSpeaker: { en: "no one: the journalist's own narration", id: "tidak ada: narasi jurnalis sendiri" },
  subject: { en: "About", id: "Tentang" },
  noSubject: { en: "no actor", id: "tidak ada aktor" },
  reporter: { en: "Relayed by", id: "Disampaikan oleh" },
  noReporter: { en: "the article itself", id: "artikel itu sendiri" },
  attribution: { en: "Attributed as", id: "Atribusi" },
  cue: { en: "Cue", id: "Kata kunci" },
  occasion: { en: "When it was said", id: "Kapan dikatakan" },
  stances: { en: "Stance per issue", id: "Sikap per isu" },
  review: { en: "Review", id: "Tinjauan" },
  sourceNotes: { en: "Source notes", id: "Catatan sumber" },
  cite: { en: "Cite this claim", id: "Kutip klaim ini" },
  citeHow: {
    en: "Select and copy. The link opens Parley's copy of the article at the sentence (a W3C text fragment); the sources give no URL of their own.",
    id: "Pilih dan salin. Tautan membuka salinan artikel di Parley pada kalimat itu (fragmen teks W3C); sumber tidak menyebut URL-nya sendiri.",
  },
  inSource: { en: "Read it in the source", id: "Baca di sumber" },
  spansHow: {
    en: "Marked passages are quoted by Parley's facts; each links to what quotes it.",
    id: "Bagian bertanda dikutip oleh fakta Parley; masing-masing menautkan ke yang mengutipnya.",
  },
  contradictions: { en: "Contradictions", id: "Kontradiksi" },
  contradictionsHow: {
    en: "The versions cannot all be true of the same fact.",
    id: "Versi-versinya tidak mungkin sama-sama benar tentang fakta yang sama.",
  },
  framing: { en: "Framing", id: "Pembingkaian" },
  framingHow: {
    en: "The sources characterise the same thing differently; not a contradiction.",
    id: "Sumber-sumber menggambarkan hal yang sama secara berbeda; bukan kontradiksi.",
  },
  precision: { en: "Precision", id: "Ketelitian" },
  basis: { en: "Basis", id: "Dasar" },
  roles: { en: "Roles", id: "Peran" },
  noRoles: { en: "No role given in the sources.", id: "Tidak ada peran di sumber." },
  side: { en: "Side", id: "Pihak" },
  writtenAs: { en: "Written as", id: "Ditulis sebagai" },
  claimsAsSpeaker: { en: "asserts", id: "menyatakan" },
  claimsAsSubject: { en: "is the subject of", id: "menjadi subjek" },
  claimsAsReporter: { en: "relays", id: "menyampaikan" },
  claimsCount: { en: "claims", id: "klaim" },
  searchHow: {
    en: "Searches quotes, Parley's summaries and source paragraphs; Indonesian word forms match (sepakat finds kesepakatan).",
    id: "Mencari kutipan, ringkasan Parley, dan paragraf sumber; bentuk kata bahasa Indonesia cocok (sepakat menemukan kesepakatan).",
  },
  query: { en: "Words to find", id: "Kata yang dicari" },
  noResults: { en: "No results.", id: "Tidak ada hasil." },
  results: { en: "results", id: "hasil" },
  inSummary: { en: "in Parley's summary", id: "di ringkasan Parley" },
  inQuote: { en: "in the quote", id: "di kutipan" },
  inParagraph: { en: "in a paragraph of", id: "di paragraf" },
  didYouMean: { en: "Did you mean", id: "Mungkin maksud Anda" },
  startOver: { en: "Start from the reader's home", id: "Mulai dari beranda" },
  status: { en: "HTTP status", id: "Status HTTP" },
  explore: { en: "Explore", id: "Jelajahi" },
  outcomes: { en: "Outcomes", id: "Hasil" },
} satisfies Record<string, Bilingual>;

export type Label = keyof typeof labels;

export const t = (lang: Lang, label: Label): string => labels[label][lang];

/** Parley's own text (names, labels, summaries) in the reader's language. */
export const pick = (text: Localized, lang: Lang): string => localize(text, lang);

// The words for the data's codes are the core's glossary, shared with the TUI; the reader adds
// those only it shows.
const vocabulary: typeof GLOSSARY & {
  precision: Record<DatePrecision, Bilingual>;
  basis: Record<DateBasis, Bilingual>;
  relation: Record<DateRelation, Bilingual>;
  fact: Record<FactKind, Bilingual>;
} = {
  ...GLOSSARY,
  precision: {
    day: { en: "day", id: "hari" },
    month: { en: "month", id: "bulan" },
    year: { en: "year", id: "tahun" },
    decade: { en: "decade", id: "dekade" },
  },
  basis: {
    stated: { en: "stated in the source", id: "tertulis di sumber" },
    inferred: { en: "inferred by Parley", id: "disimpulkan Parley" },
  },
  relation: {
    on: { en: "on", id: "pada" },
    before: { en: "before", id: "sebelum" },
    after: { en: "after", id: "sesudah" },
  },
  fact: {
    summit: { en: "the summit", id: "KTT" },
    role: { en: "role", id: "peran" },
    issue: { en: "issue", id: "isu" },
    claim: { en: "claim", id: "klaim" },
    outcome: { en: "outcome", id: "hasil" },
    discrepancy: { en: "discrepancy", id: "perbedaan" },
    event: { en: "event", id: "peristiwa" },
    note: { en: "source note", id: "catatan sumber" },
  },
};

/** A value of one of the model's closed vocabularies, as the reader names it. */
export function term<K extends keyof typeof vocabulary>(
  lang: Lang,
  vocabularyName: K,
  value: keyof (typeof vocabulary)[K],
): string {
  return (vocabulary[vocabularyName][value] as Bilingual)[lang];
}

/** What each stance means, for the legend: the core's words, shared with the TUI. */
export { STANCE_MEANINGS } from "@parley/core";

export const GROUP_MEANINGS: Record<"own" | "hearsay" | "analysis" | "gap", Bilingual> = {
  own: {
    en: "what the column itself asserts: its speaker acts for it",
    id: "apa yang dinyatakan kolom itu sendiri: pembicaranya bertindak untuknya",
  },
  hearsay: {
    en: "what others, or the article's narration, say it holds or did: not its own position",
    id: "apa kata pihak lain, atau narasi artikel, tentang sikap atau tindakannya: bukan posisinya sendiri",
  },
  analysis: {
    en: "what analysts or the journalist read into it: not its own words",
    id: "pembacaan analis atau jurnalis tentangnya: bukan kata-katanya sendiri",
  },
  gap: {
    en: "the sources give it no position of its own on the issue; others' words may still follow",
    id: "sumber tidak memberinya posisi sendiri tentang isu itu; kata pihak lain mungkin tetap menyusul",
  },
};

import type {
  Attribution,
  DatePrecision,
  DateRelation,
  DiscrepancyKind,
  FactKind,
  Localized,
  Occasion,
  OutcomeStatus,
  Review,
  SourceNoteKind,
  Stance,
} from "@parley/core";
import { GLOSSARY, localize } from "@parley/core";

/** The interface languages: the sources' own, and English. */
export type Lang = "en" | "id";
export const LANGS: readonly Lang[] = ["en", "id"];
/** A text of the interface, in both its languages. */
export type Bilingual = Record<Lang, string>;

/**
 * Every interface label in both languages, in one table so that nothing is translated twice or
 * forgotten. Summaries and names are not here: they come from the data.
 */
const labels = {
  appName: { en: "Parley", id: "Parley" },
  compare: { en: "Compare", id: "Bandingkan" },
  overview: { en: "Summit", id: "KTT" },
  actors: { en: "Actors", id: "Aktor" },
  outcomes: { en: "Outcomes", id: "Hasil" },
  discrepancies: { en: "Discrepancies", id: "Perbedaan" },
  timeline: { en: "Timeline", id: "Kronologi" },
  sources: { en: "Sources", id: "Sumber" },
  search: { en: "Search", id: "Cari" },
  help: { en: "Help", id: "Bantuan" },
  evidence: { en: "Evidence", id: "Bukti" },
  issues: { en: "Issues", id: "Isu" },
  gap: {
    en: "no position of its own in the sources",
    id: "tidak ada posisi sendiri di sumber",
  },
  hearsay: { en: "Said about it", id: "Kata pihak lain" },
  analysis: { en: "Analysis", id: "Analisis" },
  translation: { en: "Parley's translation", id: "Ringkasan Parley" },
  inference: { en: "Parley's note", id: "Catatan Parley" },
  per: { en: "per", id: "menurut" },
  about: { en: "about", id: "tentang" },
  reportedBy: { en: "reported by", id: "disampaikan oleh" },
  speaker: { en: "Said by", id: "Dikatakan oleh" },
  noSpeaker: {
    en: "no one (the journalist's own narration)",
    id: "tidak ada (narasi jurnalis sendiri)",
  },
  stance: { en: "Stance", id: "Sikap" },
  review: { en: "Review", id: "Tinjauan" },
  sourceNote: { en: "Source note", id: "Catatan sumber" },
  sourceNotes: { en: "Source notes", id: "Catatan sumber" },
  date: { en: "Date", id: "Tanggal" },
  place: { en: "Place", id: "Tempat" },
  venue: { en: "Venue", id: "Lokasi" },
  format: { en: "Format", id: "Format" },
  duration: { en: "Duration", id: "Durasi" },
  delegation: { en: "Delegation", id: "Delegasi" },
  roles: { en: "Roles", id: "Peran" },
  aliases: { en: "Written as", id: "Ditulis sebagai" },
  noRoles: { en: "no role given in the sources", id: "tidak ada peran di sumber" },
  onBehalfOf: { en: "for", id: "untuk" },
  claimedBy: { en: "claimed by", id: "diklaim oleh" },
  stated: { en: "stated", id: "tertulis" },
  inferred: { en: "inferred", id: "disimpulkan" },
  noResults: { en: "No results.", id: "Tidak ada hasil." },
  typeToSearch: {
    en: "Type to search claims and sources (Indonesian word forms match)",
    id: "Ketik untuk mencari klaim dan sumber (bentuk kata bahasa Indonesia cocok)",
  },
  loading: { en: "Loading…", id: "Memuat…" },
  remote: { en: "API", id: "API" },
  more: { en: "more", id: "lagi" },
  hidden: { en: "hidden", id: "disembunyikan" },
  filter: { en: "filter", id: "saring" },
  unmatched: {
    en: "none of its own positions match the filter",
    id: "tidak ada posisinya sendiri yang cocok dengan saringan",
  },
  export: { en: "Export", id: "Ekspor" },
  exportHow: {
    en: "what a view shows, as JSON or text, from its printing command: parley compare --issue ceasefire --json > ceasefire.json (also actors, outcomes, discrepancies, timeline, sources, search, source)",
    id: "isi tampilan sebagai JSON atau teks, lewat perintah cetaknya: parley compare --issue ceasefire --json > ceasefire.json (juga actors, outcomes, discrepancies, timeline, sources, search, source)",
  },
  copied: {
    en: "Copied the quote and its citation. Not pasted? It is printed when parley ends.",
    id: "Kutipan dan sumbernya disalin. Tidak bisa ditempel? Dicetak saat parley selesai.",
  },
  issueMarks: { en: "● own ○ said · none", id: "● sendiri ○ kata lain · nihil" },
  retry: { en: "Press r to try again.", id: "Tekan r untuk mencoba lagi." },
  searchKeys: { en: "In the search field (/)", id: "Di kolom pencarian (/)" },
  nothing: { en: "Nothing in the sources yet.", id: "Belum ada di sumber." },
  chooseTitle: { en: "Choose what to compare", id: "Pilih yang dibandingkan" },
  chooseSides: { en: "Sides", id: "Pihak" },
  chooseActors: { en: "Two actors", id: "Dua aktor" },
  chooseHint: {
    en: "space: select · tab: sides/actors · enter: compare (at least two)",
    id: "spasi: pilih · tab: pihak/aktor · enter: bandingkan (minimal dua)",
  },
  needTwo: { en: "Select at least two.", id: "Pilih minimal dua." },
  spanOf: { en: "span of", id: "kutipan untuk" },
  spans: { en: "spans", id: "kutipan" },
  legend: { en: "Legend: what the marks and labels mean", id: "Legenda: arti tanda dan label" },
  keys: { en: "Keys", id: "Tombol" },
  attributed: { en: "How it is attributed", id: "Cara atribusi" },
  occasion: { en: "When it was said", id: "Kapan dikatakan" },
} satisfies Record<string, Bilingual>;

export type Label = keyof typeof labels;

export function t(lang: Lang, label: Label): string {
  return labels[label][lang];
}

/** A label or summary from the data in the chosen language. */
/** A label in both languages, for what switches with L (titles of facts). */
export const localized = (label: Label): Localized => ({ en: labels[label].en, id: labels[label].id });

export function pick(text: Localized, lang: Lang): string {
  return localize(text, lang);
}

/**
 * One character per stance, put before an entry in the comparison where a word would not fit
 * (a column is 26 characters wide at 80 columns). The help's legend explains them.
 */
export const STANCE_MARKS: Record<Stance, string> = {
  supports: "+",
  opposes: "−",
  demands: "!",
  conditional: "±",
  open: "~",
  sceptical: "?",
  neutral: "•",
};

const discrepancyMeanings: Record<DiscrepancyKind, Bilingual> = {
  contradiction: {
    en: "the versions cannot both be true",
    id: "versi-versinya tidak mungkin sama-sama benar",
  },
  framing: {
    en: "the sources characterise the same thing differently",
    id: "sumber-sumber menggambarkan hal yang sama secara berbeda",
  },
};

const factKinds: Record<FactKind, Bilingual> = {
  summit: { en: "the summit", id: "KTT" },
  role: { en: "a role", id: "peran" },
  issue: { en: "an issue", id: "isu" },
  claim: { en: "a claim", id: "klaim" },
  outcome: { en: "an outcome", id: "hasil" },
  discrepancy: { en: "a discrepancy", id: "perbedaan" },
  event: { en: "an event", id: "peristiwa" },
  note: { en: "a note", id: "catatan" },
};

const relations: Record<DateRelation, Bilingual> = {
  on: { en: "", id: "" },
  before: { en: "before", id: "sebelum" },
  after: { en: "after", id: "sesudah" },
};

const MONTHS: Record<Lang, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
};

// The vocabularies' words are the core's glossary, shared with the web reader.
export const attributionLabel = (a: Attribution, lang: Lang) => GLOSSARY.attribution[a][lang];
export const stanceLabel = (s: Stance, lang: Lang) => GLOSSARY.stance[s][lang];
export const occasionLabel = (o: Occasion, lang: Lang) => GLOSSARY.occasion[o][lang];
export const reviewLabel = (s: Review["state"], lang: Lang) => GLOSSARY.review[s][lang];
export const noteKindLabel = (k: SourceNoteKind, lang: Lang) => GLOSSARY.note[k][lang];
export const discrepancyKindLabel = (k: DiscrepancyKind, lang: Lang) => GLOSSARY.discrepancy[k][lang];
export const discrepancyKindMeaning = (k: DiscrepancyKind, lang: Lang) => discrepancyMeanings[k][lang];
export const statusLabel = (s: OutcomeStatus, lang: Lang) => GLOSSARY.status[s][lang];
export const factKindLabel = (k: FactKind, lang: Lang) => factKinds[k][lang];

/**
 * A date as precise as the sources give it, with its bound: "15 Aug 2025", "before Aug 2021",
 * "2019", "1990s". Dates are YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function dateLabel(
  date: { date: string; precision: DatePrecision; relation: DateRelation },
  lang: Lang,
): string {
  const [year = "", month, day] = date.date.split("-");
  const monthName = month === undefined ? "" : (MONTHS[lang][Number(month) - 1] ?? month);
  const value =
    date.precision === "decade"
      ? lang === "en"
        ? `${year}s`
        : `${year}-an`
      : date.precision === "year" || month === undefined
        ? year
        : date.precision === "month" || day === undefined
          ? `${monthName} ${year}`
          : `${Number(day)} ${monthName} ${year}`;
  const relation = relations[date.relation][lang];
  return relation ? `${relation} ${value}` : value;
}

import type { Attribution, Localized, OutcomeStatus, Stance } from "@parley/core";

/** The interface languages: the sources' own, and English. */
export type Lang = "en" | "id";
export const LANGS: readonly Lang[] = ["en", "id"];

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
  gap: { en: "no stated position in the sources", id: "tidak ada posisi yang dinyatakan di sumber" },
  translation: { en: "Parley's translation", id: "Ringkasan Parley" },
  journalist: { en: "the journalist", id: "jurnalis" },
  reportedBy: { en: "reported by", id: "disampaikan oleh" },
  inSource: { en: "in source", id: "dalam sumber" },
  cue: { en: "cue", id: "penanda" },
  stance: { en: "stance", id: "sikap" },
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
  questions: { en: "Questions", id: "Pertanyaan" },
  positions: { en: "positions", id: "posisi" },
} satisfies Record<string, Localized>;

export type Label = keyof typeof labels;

export function t(lang: Lang, label: Label): string {
  return labels[label][lang];
}

/** A label or summary from the data in the chosen language. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

const attributions: Record<Attribution, Localized> = {
  "direct-quote": { en: "direct quote", id: "kutipan langsung" },
  "reported-speech": { en: "reported speech", id: "ujaran tidak langsung" },
  narration: { en: "narration", id: "narasi" },
  analysis: { en: "analysis", id: "analisis" },
};

const stances: Record<Stance, Localized> = {
  supports: { en: "supports", id: "mendukung" },
  opposes: { en: "opposes", id: "menentang" },
  demands: { en: "demands", id: "menuntut" },
  conditional: { en: "conditional", id: "bersyarat" },
  open: { en: "open", id: "terbuka" },
  neutral: { en: "neutral", id: "netral" },
};

const statuses: Record<OutcomeStatus, Localized> = {
  agreed: { en: "agreed", id: "disepakati" },
  "not-agreed": { en: "not agreed", id: "tidak disepakati" },
  claimed: { en: "claimed by one side", id: "diklaim satu pihak" },
  planned: { en: "planned", id: "direncanakan" },
  uncertain: { en: "uncertain", id: "belum pasti" },
};

export const attributionLabel = (a: Attribution, lang: Lang) => attributions[a][lang];
export const stanceLabel = (s: Stance, lang: Lang) => stances[s][lang];
export const statusLabel = (s: OutcomeStatus, lang: Lang) => statuses[s][lang];

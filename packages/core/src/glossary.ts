import type {
  Attribution,
  ClaimKind,
  DiscrepancyKind,
  Occasion,
  OutcomeStatus,
  Review,
  SourceNoteKind,
  Stance,
} from "./schema/index.ts";

/** A word or phrase of Parley's own, in the two languages its apps speak. */
export interface Glossed {
  en: string;
  id: string;
}

/**
 * How Parley names the values of its closed vocabularies, in English and Indonesian: the words the
 * TUI, the reader and their legends show for the codes in the data (`packages/core/DATA.md`
 * defines each). One table, so that every app calls a stance or an attribution the same.
 */
export const GLOSSARY = {
  stance: {
    supports: { en: "supports", id: "mendukung" },
    opposes: { en: "opposes", id: "menentang" },
    demands: { en: "demands", id: "menuntut" },
    conditional: { en: "conditional", id: "bersyarat" },
    open: { en: "open", id: "terbuka" },
    sceptical: { en: "sceptical", id: "skeptis" },
    neutral: { en: "neutral", id: "netral" },
  } satisfies Record<Stance, Glossed>,
  attribution: {
    "direct-quote": { en: "direct quote", id: "kutipan langsung" },
    "partial-quote": { en: "partial quote", id: "kutipan sebagian" },
    "reported-speech": { en: "reported speech", id: "ujaran tidak langsung" },
    narration: { en: "narration", id: "narasi" },
    analysis: { en: "analysis", id: "analisis" },
  } satisfies Record<Attribution, Glossed>,
  occasion: {
    "at-summit": { en: "at the summit", id: "dalam KTT" },
    "press-conference": { en: "at the press conference", id: "dalam konferensi pers" },
    "after-summit": { en: "after the summit", id: "usai KTT" },
    "later-interview": { en: "in a later interview", id: "dalam wawancara sesudahnya" },
    "undated-interview": { en: "in an undated interview", id: "dalam wawancara tanpa tanggal" },
    undated: { en: "occasion not given", id: "kesempatan tidak disebut" },
  } satisfies Record<Occasion, Glossed>,
  kind: {
    position: { en: "position", id: "posisi" },
    report: { en: "report", id: "laporan" },
    assessment: { en: "assessment", id: "penilaian" },
    outcome: { en: "outcome", id: "hasil" },
    fact: { en: "fact", id: "fakta" },
  } satisfies Record<ClaimKind, Glossed>,
  review: {
    draft: { en: "draft, not yet reviewed", id: "draf, belum ditinjau" },
    reviewed: { en: "reviewed", id: "sudah ditinjau" },
  } satisfies Record<Review["state"], Glossed>,
  note: {
    credit: { en: "credit", id: "kredit" },
    anomaly: { en: "anomaly", id: "kejanggalan" },
    timing: { en: "timing", id: "waktu" },
  } satisfies Record<SourceNoteKind, Glossed>,
  discrepancy: {
    contradiction: { en: "contradiction", id: "kontradiksi" },
    framing: { en: "framing", id: "pembingkaian" },
  } satisfies Record<DiscrepancyKind, Glossed>,
  status: {
    agreed: { en: "agreed", id: "disepakati" },
    "not-agreed": { en: "not agreed", id: "tidak disepakati" },
    claimed: { en: "claimed by one side", id: "diklaim satu pihak" },
    planned: { en: "planned", id: "direncanakan" },
    uncertain: { en: "uncertain", id: "belum pasti" },
  } satisfies Record<OutcomeStatus, Glossed>,
} as const;

/** What each stance says of the one who takes it, on the issue: the legend's words. */
export const STANCE_MEANINGS = {
  supports: { en: "is for it", id: "mendukungnya" },
  opposes: { en: "is against it", id: "menentangnya" },
  demands: { en: "makes it a demand on the other side", id: "menjadikannya tuntutan kepada pihak lain" },
  conditional: { en: "is for it only on a condition", id: "mendukungnya hanya dengan syarat" },
  open: { en: "is open to it, or undecided", id: "terbuka terhadapnya, atau belum memutuskan" },
  sceptical: { en: "doubts it without opposing it", id: "meragukannya tanpa menentangnya" },
  neutral: { en: "only states a fact about it", id: "hanya menyatakan fakta tentangnya" },
} as const satisfies Record<Stance, Glossed>;

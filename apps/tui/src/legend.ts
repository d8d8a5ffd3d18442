import {
  ATTRIBUTIONS,
  type Attribution,
  DISCREPANCY_KINDS,
  OCCASIONS,
  type Occasion,
  OUTCOME_STATUSES,
  type OutcomeStatus,
  SOURCE_NOTE_KINDS,
  type SourceNoteKind,
  STANCE_MEANINGS,
  STANCES,
} from "@parley/core";
import { NOTE_MARK } from "./describe.ts";
import {
  attributionLabel,
  type Bilingual,
  dateLabel,
  discrepancyKindLabel,
  discrepancyKindMeaning,
  type Lang,
  noteKindLabel,
  occasionLabel,
  reviewLabel,
  STANCE_MARKS,
  stanceLabel,
  statusLabel,
  t,
} from "./i18n.ts";

export interface LegendEntry {
  /** The mark or label as the screens show it. */
  mark: string;
  meaning: string;
}

export interface LegendSection {
  title: string;
  entries: readonly LegendEntry[];
}

const attributionMeanings: Record<Attribution, Bilingual> = {
  "direct-quote": {
    en: "the speaker's words in full quotation marks",
    id: "kata-kata pembicara utuh dalam tanda kutip",
  },
  "partial-quote": {
    en: "a few of the speaker's words quoted inside reported speech",
    id: "sebagian kata pembicara dikutip di dalam ujaran tidak langsung",
  },
  "reported-speech": {
    en: "the speaker's words reported without quotation marks",
    id: "kata-kata pembicara dilaporkan tanpa tanda kutip",
  },
  narration: {
    en: "no one in the text says it: the journalist's own words",
    id: "tidak ada yang mengatakannya di teks: kata-kata jurnalis sendiri",
  },
  analysis: {
    en: "an analyst's, expert's or observer's reading",
    id: "pembacaan seorang analis, pakar, atau pengamat",
  },
};

const occasionMeanings: Record<Occasion, Bilingual> = {
  "at-summit": { en: "during the talks", id: "selama perundingan" },
  "press-conference": { en: "at the joint press conference", id: "dalam konferensi pers bersama" },
  "after-summit": { en: "after the meeting", id: "setelah pertemuan" },
  "later-interview": {
    en: "an interview after the summit that the source dates or names",
    id: "wawancara setelah KTT yang diberi tanggal atau disebut oleh sumber",
  },
  "undated-interview": {
    en: "an interview the source does not date",
    id: "wawancara yang tidak diberi tanggal oleh sumber",
  },
  undated: { en: "the source gives no occasion", id: "sumber tidak menyebut kesempatannya" },
};

const noteMeanings: Record<SourceNoteKind, Bilingual> = {
  credit: {
    en: "the outlet or agency the article credits",
    id: "media atau kantor berita yang disebut artikel",
  },
  anomaly: {
    en: "something in the article not to take at face value",
    id: "sesuatu di artikel yang tidak boleh diterima begitu saja",
  },
  timing: {
    en: "how the article places its statements in time",
    id: "cara artikel menempatkan pernyataan dalam waktu",
  },
};

const statusMeanings: Record<OutcomeStatus, Bilingual> = {
  agreed: {
    en: "an outcome a source says the sides agreed on",
    id: "hasil yang menurut sumber disepakati kedua pihak",
  },
  "not-agreed": {
    en: "an outcome a source says was not agreed",
    id: "hasil yang menurut sumber tidak disepakati",
  },
  claimed: {
    en: "an outcome one side claims (the outcome says who)",
    id: "hasil yang diklaim satu pihak (disebut siapa)",
  },
  planned: { en: "an outcome the sources give as planned", id: "hasil yang menurut sumber direncanakan" },
  uncertain: { en: "an outcome the sources leave open", id: "hasil yang dibiarkan terbuka oleh sumber" },
};

const l = (en: string, id: string): Bilingual => ({ en, id });

/**
 * Every mark and label the screens show, with what it means: the help's legend. Marks and labels
 * come from the tables the screens draw with, so the legend names exactly what is on screen.
 */
export function legend(lang: Lang): LegendSection[] {
  const e = (mark: string, meaning: Bilingual): LegendEntry => ({ mark, meaning: meaning[lang] });
  return [
    {
      title: t(lang, "compare"),
      entries: [
        e(
          "● ○ ·",
          l(
            "per side, in the issue list: positions of its own; only others' words about it; nothing",
            "per pihak, di daftar isu: ada posisi sendiri; hanya kata pihak lain tentangnya; tidak ada",
          ),
        ),
        e(
          "(5)",
          l(
            "after a side's name: how many positions of its own it has on the issue",
            "setelah nama pihak: jumlah posisinya sendiri tentang isu itu",
          ),
        ),
        e(
          STANCES.map((s) => STANCE_MARKS[s]).join(" "),
          l(
            "before an entry: the stance on the row's issue of the one it is about",
            "sebelum entri: sikap pihak yang dibicarakan terhadap isu baris itu",
          ),
        ),
        ...STANCES.map((s) => e(`${STANCE_MARKS[s]} ${stanceLabel(s, lang)}`, STANCE_MEANINGS[s])),
        e(
          t(lang, "hearsay"),
          l(
            "what others, or the article's narration, say the side holds or did",
            "apa kata pihak lain, atau narasi artikel, tentang sikap atau tindakan pihak itu",
          ),
        ),
        e(
          t(lang, "analysis"),
          l(
            "analysts' or the journalist's readings of the side, not its own words",
            "pembacaan analis atau jurnalis tentang pihak itu, bukan kata-katanya sendiri",
          ),
        ),
        e(
          `${t(lang, "per")} …`,
          l("who says it, in what is said about a side", "siapa yang mengatakannya tentang pihak itu"),
        ),
        e(
          `… ${t(lang, "about")} …`,
          l(
            "the speaker's words are about someone else's position or action",
            "kata-kata pembicara itu tentang sikap atau tindakan orang lain",
          ),
        ),
        e(
          `– ${t(lang, "gap")}`,
          l(
            "a gap; what others say about the side may still follow",
            "kekosongan; apa kata pihak lain tentangnya mungkin tetap menyusul",
          ),
        ),
      ],
    },
    {
      title: t(lang, "attributed"),
      entries: [
        ...ATTRIBUTIONS.map((a) => e(attributionLabel(a, lang), attributionMeanings[a])),
        e(
          "“…”",
          l(
            "the reporting verb or phrase, verbatim (menegaskan, kata, menurut…)",
            "kata kerja atau frasa pelaporan, apa adanya (menegaskan, kata, menurut…)",
          ),
        ),
        e(
          `${t(lang, "reportedBy")} …`,
          l(
            "who relays the speaker's words inside the article (an agency, an outlet)",
            "yang meneruskan kata-kata pembicara di dalam artikel (kantor berita, media)",
          ),
        ),
      ],
    },
    {
      title: t(lang, "occasion"),
      entries: OCCASIONS.map((o) => e(occasionLabel(o, lang), occasionMeanings[o])),
    },
    {
      title: t(lang, "evidence"),
      entries: [
        e(
          t(lang, "translation"),
          l(
            "the English summaries are Parley's own translation, not a quote",
            "ringkasan bahasa Inggris adalah terjemahan Parley sendiri, bukan kutipan",
          ),
        ),
        e(
          t(lang, "inference"),
          l(
            "how Parley identified a speaker the quoted words do not name",
            "cara Parley mengenali pembicara yang tidak disebut dalam kutipan",
          ),
        ),
        e(
          reviewLabel("reviewed", lang),
          l(
            "a second editor read the fact against its paragraph (who, when)",
            "editor kedua membaca fakta ini terhadap paragrafnya (siapa, kapan)",
          ),
        ),
        e(
          reviewLabel("draft", lang),
          l("no one but its author has read it yet", "belum dibaca siapa pun selain penulisnya"),
        ),
        e(
          `[004${NOTE_MARK}]`,
          l(
            "a source with notes a reader needs, shown beside its quotes",
            "sumber dengan catatan yang perlu dibaca, ditampilkan di samping kutipannya",
          ),
        ),
        ...SOURCE_NOTE_KINDS.map((k) =>
          e(`${t(lang, "sourceNote")} (${noteKindLabel(k, lang)})`, noteMeanings[k]),
        ),
      ],
    },
    {
      title: `${t(lang, "outcomes")} · ${t(lang, "discrepancies")} · ${t(lang, "timeline")}`,
      entries: [
        ...OUTCOME_STATUSES.map((s) => e(statusLabel(s, lang), statusMeanings[s])),
        ...DISCREPANCY_KINDS.map((k) =>
          e(discrepancyKindLabel(k, lang), {
            en: discrepancyKindMeaning(k, "en"),
            id: discrepancyKindMeaning(k, "id"),
          }),
        ),
        e(
          dateLabel({ date: "2021-08", precision: "month", relation: "before" }, lang),
          l(
            "a bound: the event came before that date (after: after it)",
            "batas: peristiwanya terjadi sebelum tanggal itu (sesudah: setelahnya)",
          ),
        ),
        e(t(lang, "stated"), l("the text gives the date", "teks menyebut tanggalnya")),
        e(
          t(lang, "inferred"),
          l(
            "Parley infers the date, and says how",
            "Parley menyimpulkan tanggalnya, dan menjelaskan caranya",
          ),
        ),
      ],
    },
  ];
}

import { type Claim, localize, type SummitModel } from "@parley/core";

export const CLAIM_COLUMNS = [
  "id",
  "kind",
  "speakers",
  "subjects",
  "reporter",
  "attribution",
  "cue",
  "occasion",
  "stances",
  "outcome",
  "inference_en",
  "inference_id",
  "summary_en",
  "summary_id",
  "sources",
  "source_notes",
  "quotes",
  "review",
] as const;

// A cell a spreadsheet would run as a formula: one starting with = + - @ (or their fullwidth forms),
// a tab or CR, also after leading spaces or line breaks, which spreadsheets skip.
const FORMULA = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;

/**
 * One RFC 4180 field. A cell that a spreadsheet would run as a formula gets a leading
 * apostrophe: quotes come from news text, and CSV is opened in spreadsheets.
 */
function field(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Claims as CSV, one row per claim; several values in a cell are joined with "; ". Narration
 * has no speakers and no occasion: those cells are empty, and `attribution` says `narration`.
 * Each row carries its sources' notes, since a row is read on its own in a spreadsheet.
 */
export function claimsCsv(model: SummitModel, claims: readonly Claim[]): string {
  const rows = claims.map((c) =>
    [
      c.id,
      c.kind,
      c.speakerIds.join("; "),
      c.subjectIds.join("; "),
      c.reporterId ?? "",
      c.attribution,
      c.cue ?? "",
      c.occasion ?? "",
      c.stances.map((s) => `${s.issueId}:${s.stance}`).join("; "),
      c.outcomeId ?? "",
      c.inference?.en ?? "",
      c.inference?.id ?? "",
      c.summary.en ?? "",
      c.summary.id ?? "",
      model.sourcesOfEvidence(c.evidence).join("; "),
      model
        .notesFor(c.evidence)
        .map((n) => `${n.kind}: ${localize(n.label, "en")}`)
        .join("; "),
      c.evidence.map((e) => e.quote.exact).join(" … "),
      c.review.state,
    ].map(field),
  );
  return `${[[...CLAIM_COLUMNS], ...rows].map((row) => row.join(",")).join("\r\n")}\r\n`;
}

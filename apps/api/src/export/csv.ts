import type { Claim, SummitModel } from "@parley/core";

export const CLAIM_COLUMNS = [
  "id",
  "kind",
  "holder",
  "reporter",
  "attribution",
  "cue",
  "stance",
  "issues",
  "outcome",
  "summary_en",
  "summary_id",
  "sources",
  "quotes",
] as const;

/**
 * One RFC 4180 field. A cell that a spreadsheet would run as a formula gets a leading
 * apostrophe: quotes come from news text, and CSV is opened in spreadsheets.
 */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Claims as CSV, one row per claim; several issues or sources are joined with "; ". */
export function claimsCsv(model: SummitModel, claims: readonly Claim[]): string {
  const rows = claims.map((c) =>
    [
      c.id,
      c.kind,
      c.holderId ?? "",
      c.reporterId ?? "",
      c.attribution,
      c.cue ?? "",
      c.stance,
      c.issueIds.join("; "),
      c.outcomeId ?? "",
      c.summary.en,
      c.summary.id,
      model.sourcesOfEvidence(c.evidence).join("; "),
      c.evidence.map((e) => e.quote.exact).join(" … "),
    ].map(field),
  );
  return `${[[...CLAIM_COLUMNS], ...rows].map((row) => row.join(",")).join("\r\n")}\r\n`;
}

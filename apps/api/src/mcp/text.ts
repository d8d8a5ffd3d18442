import type { Claim, Evidence, SummitModel } from "@parley/core";
import { localize } from "@parley/core";
import type { CitedSource } from "./answers.ts";

/**
 * The short text beside each structured answer, for clients that show only text. It keeps the
 * distinctions the data keeps: Parley's translation is labelled as such, each quote is verbatim
 * and names its source, and who asserts, whose position it is and who relays stay apart.
 */

/** Shown once at the end of every text answer. */
const TEXT_PROVENANCE =
  "“Parley:” lines are Parley's own English (our translation); quoted lines are the sources' verbatim text, in each source's language, each with its source. Structured content has every field.";

export const nameOf = (model: SummitModel, actorId: string) => localize(model.actor(actorId).name, "en");

const names = (model: SummitModel, ids: readonly string[]) => ids.map((id) => nameOf(model, id)).join(", ");

/** A quote with its source, as it should be cited. */
export function quoteLine(evidence: Evidence, sources: readonly CitedSource[]): string {
  const source = sources.find((s) => s.id === evidence.source);
  const title = source ? ` “${source.title}”` : "";
  return `“${evidence.quote.exact}” (source ${evidence.source}${title}, code points ${evidence.position.start}–${evidence.position.end})`;
}

/** Who asserts it, about whom, via whom: three different facts. */
export function attributionLine(model: SummitModel, claim: Claim): string {
  const parts = [
    claim.speakerIds.length > 0
      ? `asserted by ${names(model, claim.speakerIds)}`
      : "the article's own narration",
  ];
  if (claim.subjectIds.length > 0) parts.push(`position or action of ${names(model, claim.subjectIds)}`);
  if (claim.reporterId !== null) parts.push(`relayed by ${nameOf(model, claim.reporterId)}`);
  parts.push(claim.attribution);
  if (claim.cue !== null) parts.push(`cue “${claim.cue}”`);
  if (claim.occasion !== null) parts.push(claim.occasion);
  return parts.join("; ");
}

export function claimLines(
  model: SummitModel,
  claim: Claim,
  sources: readonly CitedSource[],
  indent = "",
): string[] {
  const stances = claim.stances.map((s) => `${s.issueId}: ${s.stance}`).join(", ");
  return [
    `${indent}[${claim.id}] ${attributionLine(model, claim)} (${stances})`,
    `${indent}  Parley: ${localize(claim.summary, "en")}`,
    ...claim.evidence.map((e) => `${indent}  ${quoteLine(e, sources)}`),
  ];
}

export const withProvenance = (lines: readonly string[]) => [...lines, "", TEXT_PROVENANCE].join("\n");

export const omittedLine = (what: string, omitted: readonly string[]) =>
  omitted.length > 0
    ? [
        `(${omitted.length} ${what} left out to keep this answer small: ${omitted.join(", ")}; ask for them by id.)`,
      ]
    : [];

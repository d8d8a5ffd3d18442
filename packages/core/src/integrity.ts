import { facts } from "./facts.ts";
import { verifyEvidence } from "./grounding/evidence.ts";
import type { Claim, Dataset } from "./schema/index.ts";

// Quotation marks of the languages a source may be in: English and Indonesian, French and Russian
// guillemets, German low-high quotes, CJK corner brackets.
const QUOTATION_MARKS = /[“”"«»„‹›「」『』]/;

/**
 * What a claim's coding must satisfy to be read the way the text reads (see DATA.md): narration
 * is no one's statement, so it has no speaker, cue or occasion; anything else is someone's words,
 * said on some occasion; a quoted claim has quotation marks in its evidence; a stance is given
 * once per issue.
 */
function claimCoding(claim: Claim): string[] {
  const problems: string[] = [];
  const narration = claim.attribution === "narration";
  if (narration && claim.speakerIds.length > 0) problems.push("narration has no speaker; remove speakerIds");
  if (!narration && claim.speakerIds.length === 0) {
    problems.push(`${claim.attribution} needs a speaker; narration is the only attribution without one`);
  }
  if (narration && claim.occasion !== null)
    problems.push("narration is no one's statement, so it has no occasion");
  if (!narration && claim.occasion === null)
    problems.push(`${claim.attribution} needs an occasion ("undated" if none)`);
  if (narration && claim.reporterId !== null) problems.push("narration has no reporter");
  if (
    (claim.attribution === "direct-quote" || claim.attribution === "partial-quote") &&
    !claim.evidence.some((e) => QUOTATION_MARKS.test(e.quote.exact))
  ) {
    problems.push(`${claim.attribution} needs quotation marks in its evidence`);
  }
  if (claim.reporterId !== null && claim.speakerIds.includes(claim.reporterId)) {
    problems.push("the reporter relays someone else's words; it cannot be a speaker too");
  }
  const issues = claim.stances.map((s) => s.issueId);
  for (const [i, id] of issues.entries()) {
    if (issues.indexOf(id) !== i) problems.push(`issue "${id}" has more than one stance`);
  }
  return problems;
}

/**
 * Every check that makes the dataset trustworthy, as data: each quote stands at its offsets in
 * its source, every reference resolves, no id repeats, every actor is named in the sources,
 * every reporting cue stands in its evidence and every claim is coded consistently. Returns one
 * line per problem, naming the fact.
 */
export function checkIntegrity(dataset: Dataset): string[] {
  const problems: string[] = [];
  const texts = new Map(dataset.sources.map((source) => [source.id, source.text]));
  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
  const actorIds = ids(dataset.actors);
  const issueIds = ids(dataset.issues);
  const outcomeIds = ids(dataset.outcomes);

  const collections = {
    sources: dataset.sources,
    notes: dataset.sources.flatMap((s) => s.notes),
    actors: dataset.actors,
    issues: dataset.issues,
    claims: dataset.claims,
    outcomes: dataset.outcomes,
    discrepancies: dataset.discrepancies,
    timeline: dataset.timeline,
  };
  for (const [name, items] of Object.entries(collections)) {
    const seen = new Set<string>();
    for (const { id } of items) {
      if (seen.has(id)) problems.push(`${name}: duplicate id "${id}"`);
      seen.add(id);
    }
  }

  for (const fact of facts(dataset)) {
    if (fact.evidence.length === 0) problems.push(`${fact.where}: has no evidence`);
    for (const item of fact.evidence) {
      for (const problem of verifyEvidence(texts, item)) problems.push(`${fact.where}: ${problem}`);
    }
  }

  const ref = (where: string, kind: string, known: Set<string>, id: string | null | undefined) => {
    if (id != null && !known.has(id)) problems.push(`${where}: unknown ${kind} "${id}"`);
  };

  const { summit } = dataset;
  const s = `summit (${summit.id})`;
  for (const d of summit.delegations) {
    for (const id of [d.sideId, d.leaderId, ...d.memberIds])
      ref(`${s}.delegation (${d.sideId})`, "actor", actorIds, id);
  }
  for (const id of summit.participantIds) ref(`${s}.participantIds`, "actor", actorIds, id);
  for (const id of summit.issueIds) ref(`${s}.issueIds`, "issue", issueIds, id);

  for (const source of dataset.sources) ref(`source (${source.id})`, "actor", actorIds, source.outletId);

  for (const actor of dataset.actors) {
    const where = `actor (${actor.id})`;
    for (const alias of actor.aliases) {
      if (!dataset.sources.some((source) => source.text.includes(alias))) {
        problems.push(`${where}: alias "${alias}" is not in any source`);
      }
    }
    actor.roles.forEach((role, i) => {
      ref(`${where}.roles[${i}]`, "actor", actorIds, role.organizationId);
      ref(`${where}.roles[${i}]`, "actor", actorIds, role.onBehalfOfId);
    });
  }

  for (const claim of dataset.claims) {
    const where = `claim (${claim.id})`;
    for (const id of claim.speakerIds) ref(`${where}.speakerIds`, "actor", actorIds, id);
    for (const id of claim.subjectIds) ref(`${where}.subjectIds`, "actor", actorIds, id);
    ref(where, "actor", actorIds, claim.reporterId);
    ref(where, "outcome", outcomeIds, claim.outcomeId);
    for (const { issueId } of claim.stances) ref(`${where}.stances`, "issue", issueIds, issueId);
    if (claim.cue !== null && !claim.evidence.some((e) => e.quote.exact.includes(claim.cue as string))) {
      problems.push(`${where}: cue "${claim.cue}" is not in its evidence`);
    }
    for (const problem of claimCoding(claim)) problems.push(`${where}: ${problem}`);
  }

  for (const outcome of dataset.outcomes) {
    const where = `outcome (${outcome.id})`;
    ref(where, "actor", actorIds, outcome.claimedById);
    for (const id of outcome.issueIds) ref(where, "issue", issueIds, id);
    if ((outcome.status === "claimed") !== (outcome.claimedById !== undefined)) {
      problems.push(`${where}: a claimed outcome, and only a claimed one, names who claims it (claimedById)`);
    }
  }

  for (const discrepancy of dataset.discrepancies) {
    const where = `discrepancy (${discrepancy.id})`;
    for (const id of discrepancy.issueIds) ref(where, "issue", issueIds, id);
  }

  for (const event of dataset.timeline) {
    const where = `timeline (${event.id})`;
    for (const id of event.actorIds) ref(where, "actor", actorIds, id);
    if (event.basis === "inferred" && event.inference === undefined) {
      problems.push(`${where}: an inferred date must say how it was inferred`);
    }
  }
  return problems;
}

import { verifyEvidence } from "./grounding/evidence.ts";
import type { Dataset, Evidence } from "./schema/index.ts";

/**
 * Every check that makes the dataset trustworthy, as data: each quote stands at its offsets in
 * its source, every reference resolves, no id repeats, every actor is named in the sources and
 * every reporting cue stands in its evidence. Returns one line per problem, naming the fact.
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

  const evidenceOf = (where: string, evidence: Evidence[]) => {
    if (evidence.length === 0) problems.push(`${where}: has no evidence`);
    for (const item of evidence) {
      for (const problem of verifyEvidence(texts, item)) problems.push(`${where}: ${problem}`);
    }
  };
  const ref = (where: string, kind: string, known: Set<string>, id: string | null | undefined) => {
    if (id != null && !known.has(id)) problems.push(`${where}: unknown ${kind} "${id}"`);
  };

  const { summit } = dataset;
  const s = `summit (${summit.id})`;
  evidenceOf(`${s}.date`, summit.date.evidence);
  evidenceOf(`${s}.place`, summit.place.evidence);
  evidenceOf(`${s}.venue`, summit.venue.evidence);
  evidenceOf(`${s}.format`, summit.format.evidence);
  for (const [i, d] of summit.durations.entries()) evidenceOf(`${s}.durations[${i}]`, d.evidence);
  for (const d of summit.delegations) {
    const where = `${s}.delegation (${d.sideId})`;
    evidenceOf(where, d.evidence);
    for (const id of [d.sideId, d.leaderId, ...d.memberIds]) ref(where, "actor", actorIds, id);
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
      evidenceOf(`${where}.roles[${i}]`, role.evidence);
      ref(`${where}.roles[${i}]`, "actor", actorIds, role.organizationId);
      ref(`${where}.roles[${i}]`, "actor", actorIds, role.onBehalfOfId);
    });
  }

  for (const issue of dataset.issues) evidenceOf(`issue (${issue.id})`, issue.evidence);

  for (const claim of dataset.claims) {
    const where = `claim (${claim.id})`;
    evidenceOf(where, claim.evidence);
    ref(where, "actor", actorIds, claim.holderId);
    ref(where, "actor", actorIds, claim.reporterId);
    ref(where, "outcome", outcomeIds, claim.outcomeId);
    for (const id of claim.issueIds) ref(where, "issue", issueIds, id);
    if (claim.cue !== null && !claim.evidence.some((e) => e.quote.exact.includes(claim.cue as string))) {
      problems.push(`${where}: cue "${claim.cue}" is not in its evidence`);
    }
  }

  for (const outcome of dataset.outcomes) {
    const where = `outcome (${outcome.id})`;
    evidenceOf(where, outcome.evidence);
    ref(where, "actor", actorIds, outcome.claimedById);
    for (const id of outcome.issueIds) ref(where, "issue", issueIds, id);
  }

  for (const discrepancy of dataset.discrepancies) {
    const where = `discrepancy (${discrepancy.id})`;
    for (const [i, v] of discrepancy.variants.entries()) evidenceOf(`${where}.variants[${i}]`, v.evidence);
    for (const id of discrepancy.issueIds) ref(where, "issue", issueIds, id);
  }

  for (const event of dataset.timeline) {
    const where = `timeline (${event.id})`;
    evidenceOf(where, event.evidence);
    for (const id of event.actorIds) ref(where, "actor", actorIds, id);
    if (event.basis === "inferred" && event.inference === undefined) {
      problems.push(`${where}: an inferred date must say how it was inferred`);
    }
  }
  return problems;
}

import type { Dataset, Evidence, Review } from "./schema/index.ts";

/** Every kind of fact that quotes a source. A new kind of fact is added here and in the schema. */
export const FACT_KINDS = [
  "summit",
  "role",
  "issue",
  "claim",
  "outcome",
  "discrepancy",
  "event",
  "note",
] as const;
/** A kind of fact that quotes a source. */
export type FactKind = (typeof FACT_KINDS)[number];

/** One grounded fact: what it is, the id readers know it by, where it is, and its proof. */
export interface Fact {
  kind: FactKind;
  /** The fact's id; for a role, the actor's; for a note, the note's. */
  id: string;
  /** Names the fact in messages: `claim (putin-claims-initial-understanding)`. */
  where: string;
  evidence: readonly Evidence[];
  /** The review of the fact this piece belongs to (a variant shares its discrepancy's). */
  review: Review;
}

type Reviewed = { id: string; evidence: readonly Evidence[]; review: Review };
const fact = (kind: FactKind, { id, evidence, review }: Reviewed, where = `${kind} (${id})`): Fact => ({
  kind,
  id,
  where,
  evidence,
  review,
});

/**
 * Walks every fact of a dataset that carries evidence, in dataset order. The integrity check, the
 * span index of a source and the review lint all walk the dataset through this one function, so
 * they cannot disagree about what the facts are.
 */
export function* facts(dataset: Dataset): Generator<Fact> {
  const { summit } = dataset;
  const s = `summit (${summit.id})`;
  const summitFact = (where: string, evidence: readonly Evidence[]): Fact => ({
    kind: "summit",
    id: summit.id,
    where: `${s}.${where}`,
    evidence,
    review: summit.review,
  });
  for (const part of ["date", "place", "venue", "format"] as const) {
    const stated = summit[part];
    if (stated) yield summitFact(part, stated.evidence);
  }
  for (const [i, d] of summit.durations.entries()) yield summitFact(`durations[${i}]`, d.evidence);
  for (const d of summit.delegations) yield summitFact(`delegation (${d.sideId})`, d.evidence);
  for (const source of dataset.sources) {
    for (const note of source.notes) {
      yield fact("note", note, `source (${source.id}).note (${note.id})`);
    }
  }
  for (const actor of dataset.actors) {
    for (const [i, role] of actor.roles.entries()) {
      const where = `actor (${actor.id}).roles[${i}]`;
      yield { kind: "role", id: actor.id, where, evidence: role.evidence, review: actor.review };
    }
  }
  for (const issue of dataset.issues) yield fact("issue", issue);
  for (const claim of dataset.claims) yield fact("claim", claim);
  for (const outcome of dataset.outcomes) yield fact("outcome", outcome);
  for (const d of dataset.discrepancies) {
    for (const [i, variant] of d.variants.entries()) {
      const where = `discrepancy (${d.id}).variants[${i}]`;
      yield { kind: "discrepancy", id: d.id, where, evidence: variant.evidence, review: d.review };
    }
  }
  for (const event of dataset.timeline) yield fact("event", event, `timeline (${event.id})`);
}

/**
 * The closed vocabularies of the model as plain lists. The schemas build their enums from these,
 * and the queries check filter values against them, so answering a query never loads the schema
 * library (most of a cold start's import time).
 */

export const ACTOR_KINDS = [
  "person",
  "state",
  "alliance",
  "organization",
  "outlet",
  "news-agency",
  "group",
] as const;

export const ATTRIBUTIONS = [
  "direct-quote",
  "partial-quote",
  "reported-speech",
  "narration",
  "analysis",
] as const;

export const CLAIM_KINDS = ["position", "report", "assessment", "outcome", "fact"] as const;

export const STANCES = [
  "supports",
  "opposes",
  "demands",
  "conditional",
  "open",
  "sceptical",
  "neutral",
] as const;

export const OCCASIONS = [
  "at-summit",
  "press-conference",
  "after-summit",
  "later-interview",
  "undated-interview",
  "undated",
] as const;

export const OUTCOME_STATUSES = ["agreed", "not-agreed", "claimed", "planned", "uncertain"] as const;

export const DISCREPANCY_KINDS = ["contradiction", "framing"] as const;

export const ISSUE_STATUSES = ["discussed", "at-stake"] as const;

export const DATE_PRECISIONS = ["day", "month", "year", "decade"] as const;

export const DATE_BASES = ["stated", "inferred"] as const;

export const DATE_RELATIONS = ["on", "before", "after"] as const;

export const SOURCE_NOTE_KINDS = ["credit", "anomaly", "timing"] as const;

export const REVIEW_STATES = ["draft", "reviewed"] as const;

export const DURATION_QUALIFIERS = ["almost", "more-than", "unqualified"] as const;

/**
 * The groups of a comparison cell, in the order a reader takes them: what the column itself
 * asserts, what others say about it, what analysts read into it.
 */
export const CELL_GROUPS = ["own", "hearsay", "analysis"] as const;
export type CellGroup = (typeof CELL_GROUPS)[number];

/**
 * The closed vocabularies of the model as plain lists. The schemas build their enums from these,
 * and the queries check filter values against them, so answering a query never loads the schema
 * library (most of a cold start's import time).
 */

/** The kinds of actor. */
export const ACTOR_KINDS = [
  "person",
  "state",
  "alliance",
  "organization",
  "outlet",
  "news-agency",
  "group",
] as const;

/** How a source can attribute a claim, from the speaker's own words to an analyst's reading. */
export const ATTRIBUTIONS = [
  "direct-quote",
  "partial-quote",
  "reported-speech",
  "narration",
  "analysis",
] as const;

/** The kinds of claim. */
export const CLAIM_KINDS = ["position", "report", "assessment", "outcome", "fact"] as const;

/** The stances a claim can take on an issue. */
export const STANCES = [
  "supports",
  "opposes",
  "demands",
  "conditional",
  "open",
  "sceptical",
  "neutral",
] as const;

/** When a claim can have been said. */
export const OCCASIONS = [
  "at-summit",
  "press-conference",
  "after-summit",
  "later-interview",
  "undated-interview",
  "undated",
] as const;

/** The statuses of an outcome. */
export const OUTCOME_STATUSES = ["agreed", "not-agreed", "claimed", "planned", "uncertain"] as const;

/** The kinds of discrepancy between sources. */
export const DISCREPANCY_KINDS = ["contradiction", "framing"] as const;

/** Whether an issue was discussed at the summit or is at stake in it. */
export const ISSUE_STATUSES = ["discussed", "at-stake"] as const;

/** How precise a timeline date can be. */
export const DATE_PRECISIONS = ["day", "month", "year", "decade"] as const;

/** Whether a date is stated or inferred. */
export const DATE_BASES = ["stated", "inferred"] as const;

/** How an event can relate to its date. */
export const DATE_RELATIONS = ["on", "before", "after"] as const;

/** The kinds of note on a source. */
export const SOURCE_NOTE_KINDS = ["credit", "anomaly", "timing"] as const;

/** The states of a fact's review. */
export const REVIEW_STATES = ["draft", "reviewed"] as const;

/** How a source can qualify a duration it gives. */
export const DURATION_QUALIFIERS = ["almost", "more-than", "unqualified"] as const;

/**
 * The groups of a comparison cell, in the order a reader takes them: what the column itself
 * asserts, what others say about it, what analysts read into it.
 */
export const CELL_GROUPS = ["own", "hearsay", "analysis"] as const;
/** A group of a comparison cell: `own`, `hearsay` or `analysis`. */
export type CellGroup = (typeof CELL_GROUPS)[number];

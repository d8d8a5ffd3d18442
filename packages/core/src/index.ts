export { checkEditorial, HEDGES, lostHedges } from "./authoring/editorial.ts";
export type { CompareOptions } from "./compare.ts";
export { compare, DEFAULT_SIDES } from "./compare.ts";
export type { EntityKind } from "./errors.ts";
export { InvalidQueryError, ParleyError, UnknownIdError } from "./errors.ts";
export type { Fact, FactKind } from "./facts.ts";
export { FACT_KINDS, facts } from "./facts.ts";
export { codePointLength, sliceCodePoints, toUnitIndex } from "./grounding/codepoints.ts";
export { ground, paragraphOf, verifyEvidence } from "./grounding/evidence.ts";
export { checkIntegrity } from "./integrity.ts";
export { getSummit, parseDataset, summitIds } from "./registry.ts";
export * from "./schema/index.ts";
export * from "./schema/results.ts";
export type { SearchOptions } from "./search/search.ts";
export { search } from "./search/search.ts";
export { nearest } from "./suggest.ts";
export type {
  ActorFilter,
  ClaimFilter,
  DiscrepancyFilter,
  IssueFilter,
  OneOrMany,
  OutcomeFilter,
  TimelineFilter,
} from "./summit-model.ts";
export { isSide, SummitModel } from "./summit-model.ts";

export type {
  CompareOptions,
  Comparison,
  ComparisonCell,
  ComparisonColumn,
  ComparisonRow,
} from "./compare.ts";
export { compare, DEFAULT_SIDES } from "./compare.ts";
export type { EntityKind } from "./errors.ts";
export { InvalidQueryError, ParleyError, UnknownIdError } from "./errors.ts";
export { codePointLength, sliceCodePoints } from "./grounding/codepoints.ts";
export { ground, paragraphOf, verifyEvidence } from "./grounding/evidence.ts";
export { checkIntegrity } from "./integrity.ts";
export { getSummit, parseDataset, summitIds } from "./registry.ts";
export * from "./schema/index.ts";
export type { SearchHit, SearchOptions, SnippetFragment } from "./search/search.ts";
export { search } from "./search/search.ts";
export { nearest } from "./suggest.ts";
export type {
  ActorFilter,
  ClaimFilter,
  DiscrepancyFilter,
  IssueFilter,
  OneOrMany,
  OutcomeFilter,
  SourceView,
  Span,
  TimelineFilter,
} from "./summit-model.ts";
export { SummitModel } from "./summit-model.ts";

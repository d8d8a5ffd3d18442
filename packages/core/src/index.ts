/**
 * @parley/core: a summit's positions, grounded in its sources, and the queries over them. This
 * entry loads no schema library, so answering a query starts fast on every runtime; the zod
 * schemas are in `@parley/core/schema` and the tools to build your own summit in
 * `@parley/core/authoring`.
 */
export type { CompareOptions } from "./compare.ts";
export { compare } from "./compare.ts";
export type { EntityKind } from "./errors.ts";
export { DatasetError, InvalidQueryError, ParleyError, UnknownIdError } from "./errors.ts";
export type { Fact, FactKind } from "./facts.ts";
export { FACT_KINDS, facts } from "./facts.ts";
export type { Glossed } from "./glossary.ts";
export { GLOSSARY, STANCE_MEANINGS } from "./glossary.ts";
export { codePointLength, sliceCodePoints, toUnitIndex } from "./grounding/codepoints.ts";
export { paragraphOf } from "./grounding/evidence.ts";
export { localize } from "./localize.ts";
export { getSummit, registerSummit, summitIds } from "./registry.ts";
export type * from "./schema/index.ts";
export type * from "./schema/results.ts";
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
  SummitModelOptions,
  TimelineFilter,
} from "./summit-model.ts";
export { isSide, SummitModel } from "./summit-model.ts";
export * from "./vocabulary.ts";

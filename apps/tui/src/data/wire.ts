import {
  Actor,
  Claim,
  type Comparison as CoreComparison,
  type SearchHit as CoreSearchHit,
  type SourceView as CoreSourceView,
  Discrepancy,
  Id,
  Issue,
  Localized,
  Outcome,
  Source,
  SourceId,
  Summit,
  TimelineEvent,
} from "@parley/core";
import * as z from "zod";
import type { SourceSummary as SourceSummaryType } from "./data-source.ts";

/**
 * What the API answers, checked before the screens see it: a proxy's HTML page, another service
 * or an older API must become a clear message, not a crash three screens later. The entities are
 * the core's own schemas; the envelopes mirror the API's routes.
 */
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

const Comparison: z.ZodType<CoreComparison> = z.object({
  by: z.enum(["side", "actor"]),
  columns: z.array(z.object({ id: Id, name: Localized })),
  rows: z.array(
    z.object({
      issue: Issue,
      cells: z.array(z.object({ columnId: Id, claims: z.array(Claim), gap: z.boolean() })),
    }),
  ),
});

const SearchHit: z.ZodType<CoreSearchHit> = z.object({
  kind: z.enum(["claim", "source"]),
  id: z.string(),
  score: z.number(),
  matchedWords: z.number().int(),
  field: z.enum(["quote", "summary-id", "summary-en", "source"]),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
  claim: Claim.optional(),
  paragraph: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});

const SourceView: z.ZodType<CoreSourceView> = z.object({
  source: Source,
  spans: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      exact: z.string(),
      kind: z.enum(["claim", "outcome", "issue", "discrepancy", "event", "role", "summit"]),
      id: z.string(),
    }),
  ),
});

const SourceSummary: z.ZodType<SourceSummaryType> = z.object({
  id: SourceId,
  title: z.string(),
  outletId: Id.optional(),
});

const ClaimPage = z.object({ items: z.array(Claim), nextCursor: z.string().nullable() });

/** An RFC 9457 problem document with the API's extension members. */
const Problem = z.object({
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  kind: z.string().optional(),
  id: z.string().optional(),
  suggestions: z.array(z.string()).optional(),
  errors: z.array(z.object({ parameter: z.string(), detail: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** Each answer's schema, with how a message names it ("the comparison"). */
export const WIRE = {
  summit: { schema: Summit, what: "the summit" },
  comparison: { schema: Comparison, what: "the comparison" },
  issues: { schema: items(Issue), what: "the issues" },
  actors: { schema: items(Actor), what: "the actors" },
  claims: { schema: ClaimPage, what: "a page of claims" },
  outcomes: { schema: items(Outcome), what: "the outcomes" },
  discrepancies: { schema: items(Discrepancy), what: "the discrepancies" },
  timeline: { schema: items(TimelineEvent), what: "the timeline" },
  sources: { schema: items(SourceSummary), what: "the sources" },
  source: { schema: SourceView, what: "a source" },
  search: { schema: items(SearchHit), what: "search hits" },
  problem: { schema: Problem, what: "a problem document" },
} as const;

export type Wire = typeof WIRE;

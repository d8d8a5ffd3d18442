import {
  Actor,
  Claim,
  Comparison,
  Discrepancy,
  Issue,
  Outcome,
  SearchHit,
  Source,
  SourceView,
  Summit,
  TimelineEvent,
} from "@parley/core/schema";
import * as z from "zod";
import type { SourceSummary as SourceSummaryType } from "./data-source.ts";

/**
 * What the API answers, checked before the screens see it: a proxy's HTML page, another service
 * or an older API must become a clear message, not a crash three screens later. The bodies are
 * the core's own schemas (the model and the query results), so the screens see exactly what
 * the embedded data gives them; only the envelopes mirror the API's routes.
 */
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

const SourceSummary: z.ZodType<SourceSummaryType> = Source.pick({
  id: true,
  title: true,
  outletId: true,
  notes: true,
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

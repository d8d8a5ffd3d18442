import * as z from "zod";
import { Claim, Issue, Source } from "./index.ts";
import { Id, Localized } from "./model.ts";

/**
 * The shapes the queries answer with. They are schemas, like the model, so that the API can
 * document and validate them and the types below are derived rather than written twice.
 */

export const ComparisonColumn = z.object({ id: Id, name: Localized });
export type ComparisonColumn = z.infer<typeof ComparisonColumn>;

export const ComparisonCell = z.object({
  columnId: Id,
  claims: z.array(Claim).describe("The positions the column holds on the issue, each with its evidence."),
  gap: z.boolean().describe("True when the sources give this column no position on the issue."),
});
export type ComparisonCell = z.infer<typeof ComparisonCell>;

export const ComparisonRow = z.object({ issue: Issue, cells: z.array(ComparisonCell) });
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const Comparison = z.object({
  by: z.enum(["side", "actor"]),
  columns: z.array(ComparisonColumn),
  rows: z.array(ComparisonRow),
});
export type Comparison = z.infer<typeof Comparison>;

export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string(),
    kind: z.enum(["claim", "outcome", "issue", "discrepancy", "event", "role", "summit"]),
    id: z.string().describe("The id of the fact the span proves (for a role, the actor's id)."),
  })
  .describe("A span of a source that some fact of the dataset quotes, in code points.");
export type Span = z.infer<typeof Span>;

export const SourceView = z.object({ source: Source, spans: z.array(Span) });
export type SourceView = z.infer<typeof SourceView>;

export const SnippetFragment = z
  .object({ text: z.string(), match: z.boolean() })
  .describe("A piece of a snippet; `match` pieces are the words that matched the query.");
export type SnippetFragment = z.infer<typeof SnippetFragment>;

export const SearchHit = z.object({
  kind: z.enum(["claim", "source"]),
  id: z.string().describe("The claim id, or the source id for a source paragraph."),
  score: z.number(),
  matchedWords: z.number().int().nonnegative().describe("How many of the query's words the hit matches."),
  field: z
    .enum(["quote", "summary-id", "summary-en", "source"])
    .describe("Which text matched: the Indonesian quote or summary, the English summary, or the source."),
  snippet: z.array(SnippetFragment),
  claim: Claim.optional().describe("For a claim hit, the claim."),
  paragraph: z
    .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
    .optional()
    .describe("For a source hit: where the paragraph stands in the source, in code points."),
});
export type SearchHit = z.infer<typeof SearchHit>;

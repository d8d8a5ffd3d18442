import * as z from "zod";
import { FACT_KINDS } from "../facts.ts";
import { Claim, Issue, Source } from "./index.ts";
import { Id, Localized, Stance } from "./model.ts";

/**
 * The shapes the queries answer with. They are schemas, like the model, so that the API can
 * document and validate them and the types below are derived rather than written twice.
 */

/** A column of a comparison: a side or an actor, with its name. */
export const ComparisonColumn = z.object({ id: Id, name: Localized });
export type ComparisonColumn = z.infer<typeof ComparisonColumn>;

/** A claim in a comparison cell, with its stance on the row's issue. */
export const ComparedClaim = z
  .object({
    claim: Claim,
    stance: Stance.describe(
      "The claim's stance on this row's issue (a claim may take other stances on other issues).",
    ),
  })
  .describe("A claim in a comparison cell, with its stance on the row's issue.");
export type ComparedClaim = z.infer<typeof ComparedClaim>;

/** One column's claims on one issue, own, hearsay and analysis apart. */
export const ComparisonCell = z.object({
  columnId: Id,
  own: z
    .array(ComparedClaim)
    .describe(
      "What the column itself asserts on the issue: claims whose speaker is the column or acts for it.",
    ),
  hearsay: z
    .array(ComparedClaim)
    .describe(
      "What others say the column holds or did: claims about the column asserted by someone else, or by the article's own narration (no speaker).",
    ),
  analysis: z
    .array(ComparedClaim)
    .describe(
      "What analysts, observers or the journalist read into the column's position: assessments about it.",
    ),
  gap: z.boolean().describe("True when the sources give this column no position of its own on the issue."),
});
export type ComparisonCell = z.infer<typeof ComparisonCell>;

/** One issue of a comparison, with a cell per column. */
export const ComparisonRow = z.object({ issue: Issue, cells: z.array(ComparisonCell) });
export type ComparisonRow = z.infer<typeof ComparisonRow>;

/** What `compare` answers: columns (sides or actors) and one row per issue. */
export const Comparison = z.object({
  by: z.enum(["side", "actor"]),
  columns: z.array(ComparisonColumn),
  rows: z.array(ComparisonRow),
});
export type Comparison = z.infer<typeof Comparison>;

/** A span of a source that a fact quotes. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string(),
    kind: z.enum(FACT_KINDS),
    id: z.string().describe("The id of the fact the span proves (for a role, the actor's id)."),
  })
  .describe("A span of a source that some fact of the dataset quotes, in code points.");
export type Span = z.infer<typeof Span>;

/** One source with the spans of every fact that quotes it. */
export const SourceView = z.object({ source: Source, spans: z.array(Span) });
export type SourceView = z.infer<typeof SourceView>;

/** A piece of a search hit's snippet. */
export const SnippetFragment = z
  .object({ text: z.string(), match: z.boolean() })
  .describe("A piece of a snippet; `match` pieces are the words that matched the query.");
export type SnippetFragment = z.infer<typeof SnippetFragment>;

/** One search hit: a claim or a source paragraph, with its snippet. */
export const SearchHit = z.object({
  kind: z.enum(["claim", "source"]),
  id: z.string().describe("The claim id, or the source id for a source paragraph."),
  score: z.number(),
  matchedWords: z.number().int().nonnegative().describe("How many of the query's words the hit matches."),
  field: z
    .enum(["quote", "summary", "source"])
    .describe(
      "Which text matched: the claim's verbatim quote, Parley's summary of it, or a source paragraph.",
    ),
  language: z
    .string()
    .describe("The language of the text that matched (the primary subtag of its BCP 47 tag: `id`, `en`)."),
  snippet: z.array(SnippetFragment),
  claim: Claim.optional().describe("For a claim hit, the claim."),
  paragraph: z
    .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
    .optional()
    .describe("For a source hit: where the paragraph stands in the source, in code points."),
});
export type SearchHit = z.infer<typeof SearchHit>;

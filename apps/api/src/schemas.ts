import { z } from "@hono/zod-openapi";
import * as core from "@parley/core/schema";

/**
 * The response schemas. The model's and the queries' own are the core's zod schemas, given a name
 * (zod `meta`) so the OpenAPI document shows each as a component; the API's envelopes are built
 * from them.
 */
export const Summit = core.Summit.meta({ id: "Summit" });
export const Actor = core.Actor.meta({ id: "Actor" });
export const Issue = core.Issue.meta({ id: "Issue" });
export const Claim = core.Claim.meta({ id: "Claim" });
export const Outcome = core.Outcome.meta({ id: "Outcome" });
export const Discrepancy = core.Discrepancy.meta({ id: "Discrepancy" });
export const TimelineEvent = core.TimelineEvent.meta({ id: "TimelineEvent" });
export const Source = core.Source.meta({ id: "Source" });
export const SourceNote = core.SourceNote.meta({ id: "SourceNote" });
export const Span = core.Span.meta({ id: "Span" });
export const SourceDetail = core.SourceView.meta({ id: "SourceDetail" });
export const SearchHit = core.SearchHit.meta({ id: "SearchHit" });

/**
 * Where claims are shown, the notes of their sources are shown beside them: a reader of 004's
 * claims must know that it calls the sitting president a candidate, whatever view they come from.
 */
const NotesBeside = z
  .array(SourceNote)
  .describe(
    "The editorial notes (credit, anomaly, timing) of the sources that the claims in this answer come from, each once; a note's evidence names its source.",
  );

export const Comparison = core.Comparison.extend({ notes: NotesBeside }).meta({ id: "Comparison" });

/** One claim, with the notes of its sources: what the reader's claim page shows. */
export const ClaimDetail = z.object({ claim: Claim, notes: NotesBeside }).openapi("ClaimDetail");

export const SummitParams = z.object({
  id: z
    .string()
    .max(100)
    .openapi({ param: { name: "id", in: "path" }, description: "A summit id.", example: "alaska-2025" }),
});

const GraphNode = z
  .object({
    "@type": z.enum(["Event", "Person", "Country", "Organization", "Thing", "NewsArticle", "Claim"]),
    "@id": z.string().describe("A path under the API; JSON-LD resolves it against the document's URL."),
  })
  .catchall(z.unknown());

export const SummitGraph = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@graph": z.array(GraphNode),
  })
  .meta({
    id: "SummitGraph",
    description:
      "A schema.org JSON-LD graph: the Event, every actor (Person, Country, Organization), every issue (Thing), each source (NewsArticle) and each claim (Claim, with its Quotations in `appearance`). Every node another refers to is described.",
  });

export const SummitSummary = z
  .object({
    id: core.Id,
    name: core.Localized,
    date: z.iso.date().nullable().describe("The summit's date; null where no source states it."),
    place: core.Localized.nullable().describe("Where it was held; null where no source states it."),
    links: z.object({ self: z.string() }),
  })
  .openapi("SummitSummary");

export const SummitList = z.object({ items: z.array(SummitSummary) }).openapi("SummitList");

export const ActorDetail = z
  .object({
    actor: Actor,
    side: core.Id.nullable().describe("The state or alliance the actor acts for; null if none."),
    claims: z.array(Claim).describe("Every claim the actor asserts, is the subject of, or relays."),
    notes: NotesBeside,
  })
  .openapi("ActorDetail");

export const ClaimPage = z
  .object({
    items: z.array(Claim),
    total: z.number().int().nonnegative().describe("Claims matching the filters, over all pages."),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last."),
    notes: NotesBeside,
  })
  .openapi("ClaimPage");

export const SourceSummary = z
  .object({
    id: core.SourceId,
    title: z.string(),
    language: core.LanguageTag,
    outletId: core.Id.optional(),
    length: z.number().int().describe("The text's length in Unicode code points."),
    notes: z.array(SourceNote).describe("What a reader of this source's facts should know."),
  })
  .openapi("SourceSummary");

export const Problem = z
  .object({
    type: z
      .string()
      .describe(
        "A relative URI reference (`/problems/{slug}`) naming the kind of problem; resolve it against the request URL and GET it for a description.",
      ),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe("What went wrong and how to fix the request."),
    instance: z.string().describe("The path of the request."),
    kind: z
      .string()
      .optional()
      .describe("For an unknown id: what it should name (summit, actor, side, issue, source, outcome, ...)."),
    id: z.string().optional().describe("For an unknown id: the id as given."),
    suggestions: z
      .array(z.string())
      .optional()
      .describe("For an unknown id: the nearest valid ids, best first."),
    parameter: z
      .string()
      .optional()
      .describe("For an unknown id in a query parameter: the parameter that holds it (e.g. `sides`)."),
    errors: z
      .array(z.object({ parameter: z.string(), detail: z.string() }))
      .optional()
      .describe("One entry per invalid parameter."),
    available: z.array(z.string()).optional().describe("For a 406: the media types the resource offers."),
  })
  .openapi("Problem");

export const ProblemType = z
  .object({
    type: z.string().describe("The URI reference problem documents of this type carry."),
    title: z.string(),
    status: z.number().int().optional().describe("The HTTP status it comes with; absent when it varies."),
    description: z.string().describe("What the problem means and which extension members it carries."),
  })
  .openapi("ProblemType");

import * as core from "@parley/core/schema";
import * as z from "zod";
import { Actor, Claim, Discrepancy, Issue, SearchHit, SourceNote, Span, TimelineEvent } from "../schemas.ts";

/**
 * The shapes of the MCP tools' structured answers: the core's own schemas, with what every answer
 * carries beside them (the sources it quotes, and which text is whose), so an assistant can cite
 * correctly. The model's schemas are the API's named ones (Claim, Issue, ...): a tool's output
 * schema then defines each once and refers to it, as the OpenAPI document does, instead of
 * spelling a claim out at every place one can stand (compare_positions' from 27 to 15 kB).
 */

/** Said in every answer: Parley's words and the sources' words are different things. */
export const PROVENANCE =
  "Labels, summaries, questions and inferences (fields keyed by language tag: en, id) are Parley's own writing; the English is Parley's translation of Indonesian sources, never a quote. Only evidence[].quote.exact (and a span's exact) is the source's verbatim text, in the source's language, at evidence[].position (Unicode code points, end excluded) in the source evidence[].source, named under `sources`. Cite the verbatim quote and its source.";

const Provenance = z.string().describe("Which text in this answer is Parley's and which is the source's.");

/** A source an answer quotes, named so that it can be cited. */
export const CitedSource = core.Source.pick({ id: true, title: true, language: true, outletId: true });
export type CitedSource = z.infer<typeof CitedSource>;

const Cited = z.array(CitedSource).describe("Every source this answer quotes, to cite by id and title.");

const Omitted = (what: string) =>
  z
    .array(z.string())
    .describe(`${what} left out to keep the answer small; ask for them by id in another call.`);

/** The parts every answer carries. */
const answer = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, sources: Cited, provenance: Provenance });

export const SummitList = z.object({
  summits: z.array(
    core.Summit.pick({ id: true, name: true, participantIds: true }).extend({
      date: z.iso.date().nullable().describe("The summit's date; null where no source states it."),
      default: z.boolean().describe("The summit the other tools read when no `summit` is given."),
    }),
  ),
  provenance: Provenance,
});

export const IssueList = answer({ issues: z.array(Issue), omittedIds: Omitted("Issues") });

export const ActorList = answer({
  actors: z.array(
    Actor.extend({
      side: core.Id.nullable().describe("The state or alliance the actor acts for; null if none."),
    }),
  ),
  omittedIds: Omitted("Actors"),
});

const ComparedClaim = core.ComparedClaim.extend({ claim: Claim });
const cellGroup = (group: "own" | "hearsay" | "analysis") =>
  z.array(ComparedClaim).describe(core.ComparisonCell.shape[group].description ?? group);

export const Positions = answer({
  by: core.Comparison.shape.by,
  columns: core.Comparison.shape.columns,
  rows: z.array(
    core.ComparisonRow.extend({
      issue: Issue,
      cells: z.array(
        core.ComparisonCell.extend({
          own: cellGroup("own"),
          hearsay: cellGroup("hearsay"),
          analysis: cellGroup("analysis"),
        }),
      ),
    }),
  ),
  omittedIssueIds: Omitted("Issues"),
  notes: z.array(SourceNote).describe("What a reader of these claims' sources must know."),
});
export type Positions = z.infer<typeof Positions>;

export const SearchResults = answer({ hits: z.array(SearchHit), omittedIds: Omitted("Hits") });
export type SearchResults = z.infer<typeof SearchResults>;

export const ClaimAnswer = answer({ claim: Claim, notes: z.array(SourceNote) });

export const SourceAnswer = answer({
  source: core.Source.extend({ notes: z.array(SourceNote) }),
  spans: z.array(Span),
});

export const DiscrepancyList = answer({
  discrepancies: z.array(Discrepancy),
  omittedIds: Omitted("Discrepancies"),
});

export const Timeline = answer({ events: z.array(TimelineEvent), omittedIds: Omitted("Events") });

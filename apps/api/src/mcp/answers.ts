import * as core from "@parley/core/schema";
import * as z from "zod";

/**
 * The shapes of the MCP tools' structured answers: the core's own schemas, with what every answer
 * carries beside them (the sources it quotes, and which text is whose), so an assistant can cite
 * correctly.
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

export const IssueList = answer({ issues: z.array(core.Issue), omittedIds: Omitted("Issues") });

export const ActorList = answer({
  actors: z.array(
    core.Actor.extend({
      side: core.Id.nullable().describe("The state or alliance the actor acts for; null if none."),
    }),
  ),
  omittedIds: Omitted("Actors"),
});

export const Positions = answer({
  ...core.Comparison.shape,
  omittedIssueIds: Omitted("Issues"),
  notes: z.array(core.SourceNote).describe("What a reader of these claims' sources must know."),
});
export type Positions = z.infer<typeof Positions>;

export const SearchResults = answer({ hits: z.array(core.SearchHit), omittedIds: Omitted("Hits") });
export type SearchResults = z.infer<typeof SearchResults>;

export const ClaimAnswer = answer({ claim: core.Claim, notes: z.array(core.SourceNote) });

export const SourceAnswer = answer({ ...core.SourceView.shape });

export const DiscrepancyList = answer({
  discrepancies: z.array(core.Discrepancy),
  omittedIds: Omitted("Discrepancies"),
});

export const Timeline = answer({ events: z.array(core.TimelineEvent), omittedIds: Omitted("Events") });

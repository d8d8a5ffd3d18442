import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import {
  CELL_GROUPS,
  type Claim,
  compare,
  type Evidence,
  getSummit,
  localize,
  type SummitModel,
  search,
  summitIds,
} from "@parley/core";
import * as core from "@parley/core/schema";
import * as z from "zod";
import { MAX_HITS, searchQuery } from "../routes/search.ts";
import {
  ActorList,
  type CitedSource,
  ClaimAnswer,
  DiscrepancyList,
  IssueList,
  Positions,
  PROVENANCE,
  SearchResults,
  SourceAnswer,
  SummitList,
  Timeline,
} from "./answers.ts";
import { reply, withinBudget } from "./replies.ts";
import { sourceUri } from "./resources.ts";
import { attributionLine, claimLines, nameOf, omittedLine, quoteLine, withProvenance } from "./text.ts";

/** Every tool only reads Parley's fixed dataset: no side effects, nothing outside it. */
const READ_ONLY = { readOnlyHint: true, idempotentHint: true, openWorldHint: false } as const;

/** The sources some evidence comes from (and those named), for citing, in seed order. */
function cite(
  model: SummitModel,
  evidence: readonly Evidence[],
  named: readonly string[] = [],
): CitedSource[] {
  const ids = new Set([...evidence.map((e) => e.source), ...named]);
  return model
    .sources()
    .filter((s) => ids.has(s.id))
    .map(({ id, title, language, outletId }) => ({
      id,
      title,
      language,
      ...(outletId === undefined ? {} : { outletId }),
    }));
}

// Ids are taken as any short string, as the API takes them: the core answers one that names
// nothing with the nearest ids ("Ceasefire": did you mean "ceasefire"?), which a pattern could not.
const Ref = z.string().min(1).max(100);
const SummitRef = Ref.optional().describe(
  "A summit id from list_summits; the default summit (alaska-2025) when omitted.",
);
const ActorRefs = z.array(Ref).min(2).max(10).optional();
const IssueIds = z.array(Ref).min(1).max(40);

/** The argument that names each kind of id in the tools' inputs, for the errors' wording. */
const ARGUMENTS = {
  summit: "summit",
  side: "sides",
  actor: "actors",
  issue: "issues",
  claim: "claimId",
  source: "sourceId",
} as const;

/** Registers Parley's read-only tools on a server. */
export function registerTools(server: McpServer): void {
  server.registerTool(
    "list_summits",
    {
      title: "List summits",
      description: "The summits Parley models, with their ids (the `summit` argument of the other tools).",
      inputSchema: z.strictObject({}),
      outputSchema: SummitList,
      annotations: READ_ONLY,
    },
    () =>
      reply(
        undefined,
        () => ({
          summits: summitIds().map((id, index) => {
            const { summit } = getSummit(id);
            return {
              id,
              name: summit.name,
              participantIds: summit.participantIds,
              date: summit.date?.value ?? null,
              default: index === 0,
            };
          }),
          provenance: PROVENANCE,
        }),
        ({ summits }) =>
          withProvenance(
            summits.map(
              (s) =>
                `${s.id}${s.default ? " (default)" : ""}: ${localize(s.name, "en")}, ${s.date ?? "date not stated"}`,
            ),
          ),
      ),
  );

  server.registerTool(
    "list_issues",
    {
      title: "List issues",
      description:
        "The issues the sides take positions on (ids for compare_positions), with English and Indonesian labels and whether they were discussed at the summit or at stake.",
      inputSchema: z.strictObject({ summit: SummitRef, status: core.Issue.shape.status.optional() }),
      outputSchema: IssueList,
      annotations: READ_ONLY,
    },
    ({ summit, status }) =>
      reply(
        summit,
        (model) => {
          const { kept, omitted } = withinBudget(
            model.issues(status === undefined ? {} : { status }),
            (i) => i.id,
          );
          const sources = cite(
            model,
            kept.flatMap((i) => i.evidence),
          );
          return { issues: kept, omittedIds: omitted, sources, provenance: PROVENANCE };
        },
        ({ issues, omittedIds }) =>
          withProvenance([
            ...issues.map(
              (i) => `${i.id} (${i.status}): ${localize(i.label, "en")} / ${localize(i.label, "id")}`,
            ),
            ...omittedLine("issues", omittedIds),
          ]),
        ARGUMENTS,
      ),
  );

  server.registerTool(
    "list_actors",
    {
      title: "List actors",
      description:
        "People, states, organisations and outlets, with their names as the sources write them (aliases), their roles (with evidence) and the side they act for.",
      inputSchema: z.strictObject({
        summit: SummitRef,
        kind: core.ActorKind.optional(),
        side: Ref.optional().describe("Only actors of this side (id or name)."),
      }),
      outputSchema: ActorList,
      annotations: READ_ONLY,
    },
    ({ summit, kind, side }) =>
      reply(
        summit,
        (model) => {
          const all = model
            .actors({ ...(kind === undefined ? {} : { kind }), ...(side === undefined ? {} : { side }) })
            .map((actor) => ({ ...actor, side: model.sideOf(actor.id) }));
          const { kept, omitted } = withinBudget(all, (a) => a.id);
          const evidence = kept.flatMap((a) => a.roles.flatMap((r) => r.evidence));
          return {
            actors: kept,
            omittedIds: omitted,
            sources: cite(model, evidence),
            provenance: PROVENANCE,
          };
        },
        ({ actors, omittedIds }) =>
          withProvenance([
            ...actors.map(
              (a) =>
                `${a.id} (${a.kind}${a.side ? `, side ${a.side}` : ""}): ${localize(a.name, "en")}; written ${a.aliases.map((n) => `“${n}”`).join(", ")}`,
            ),
            ...omittedLine("actors", omittedIds),
          ]),
        { ...ARGUMENTS, side: "side" },
      ),
  );

  server.registerTool(
    "compare_positions",
    {
      title: "Compare positions",
      description:
        "Two or more sides (default: the summit's own, e.g. the United States and Russia) or actors side by side, one row per issue. Each cell keeps apart the column's own positions (`own`: its speakers assert them), what others or the narration say it holds (`hearsay`) and analysts' readings (`analysis`), each claim with its stance on the row's issue and its verbatim evidence; `gap: true` where the sources give the column no position of its own.",
      inputSchema: z.strictObject({
        summit: SummitRef,
        sides: ActorRefs.describe("Two or more sides, by id or name (`russia`, `AS`); not with `actors`."),
        actors: ActorRefs.describe(
          "Two or more actors, by id or name (`Lavrov`, `Rubio`), instead of sides.",
        ),
        issues: IssueIds.optional().describe("Issue ids from list_issues; all issues when omitted."),
      }),
      outputSchema: Positions,
      annotations: READ_ONLY,
    },
    ({ summit, sides, actors, issues }) =>
      reply(
        summit,
        (model) => {
          const comparison = compare(model, {
            ...(sides === undefined ? {} : { sides }),
            ...(actors === undefined ? {} : { actors }),
            ...(issues === undefined ? {} : { issues }),
          });
          const { kept, omitted } = withinBudget(comparison.rows, (row) => row.issue.id);
          const claims = kept.flatMap((row) =>
            row.cells.flatMap((cell) => CELL_GROUPS.flatMap((group) => cell[group].map((p) => p.claim))),
          );
          const evidence = [...claims.flatMap((c) => c.evidence), ...kept.flatMap((r) => r.issue.evidence)];
          return {
            ...comparison,
            rows: kept,
            omittedIssueIds: omitted,
            notes: model.notesFor(claims.flatMap((c) => c.evidence)),
            sources: cite(model, evidence),
            provenance: PROVENANCE,
          };
        },
        (answer, model) => {
          const lines: string[] = [];
          for (const row of answer.rows) {
            lines.push(`## ${localize(row.issue.label, "en")} (${row.issue.id})`);
            for (const cell of row.cells) {
              const column = answer.columns.find((c) => c.id === cell.columnId);
              const name = column ? localize(column.name, "en") : cell.columnId;
              lines.push(`${name}:`);
              if (cell.gap) lines.push("  gap: no stated position of its own in the sources");
              // "own" is what the column asserts; whose position a claim states is its subject.
              for (const { claim, stance } of cell.own) {
                lines.push(
                  `  own (asserted by ${name}), ${stance}:`,
                  ...claimLines(model, claim, answer.sources, "    "),
                );
              }
              for (const { claim, stance } of cell.hearsay) {
                lines.push(
                  `  hearsay (said of ${name} by others or the narration), ${stance}: [${claim.id}] ${attributionLine(model, claim)}`,
                );
              }
              for (const { claim, stance } of cell.analysis) {
                lines.push(
                  `  analysis (a reading of ${name}), ${stance}: [${claim.id}] ${attributionLine(model, claim)}`,
                );
              }
            }
          }
          for (const note of answer.notes)
            lines.push(`Note on ${note.evidence[0]?.source}: ${localize(note.label, "en")}`);
          return withProvenance([...lines, ...omittedLine("issues", answer.omittedIssueIds)]);
        },
        ARGUMENTS,
      ),
  );

  server.registerTool(
    "search",
    {
      title: "Search",
      description: `Full-text search over claims (verbatim quotes and Parley's summaries) and source paragraphs, in Indonesian or English. Indonesian word forms meet through their stems ("sepakat" finds "kesepakatan"). At most ${MAX_HITS} hits.`,
      inputSchema: z.strictObject({
        summit: SummitRef,
        query: searchQuery(z.string()),
        limit: z
          .number()
          .int()
          .min(1)
          .max(MAX_HITS)
          .default(10)
          .describe(`At most this many hits (1–${MAX_HITS}).`),
        kinds: z
          .array(core.SearchHit.shape.kind)
          .min(1)
          .max(2)
          .optional()
          .describe("Only hits of these kinds."),
      }),
      outputSchema: SearchResults,
      annotations: READ_ONLY,
    },
    ({ summit, query, limit, kinds }) =>
      reply(
        summit,
        (model) => {
          const all = search(model, query, { limit, ...(kinds === undefined ? {} : { kinds }) });
          const { kept, omitted } = withinBudget(all, (hit) => hit.id);
          const evidence: Evidence[] = kept.flatMap((hit) => hit.claim?.evidence ?? []);
          const paragraphs = kept.filter((hit) => hit.kind === "source").map((hit) => hit.id);
          const sources = cite(model, evidence, paragraphs);
          return { hits: kept, omittedIds: omitted, sources, provenance: PROVENANCE };
        },
        (answer, model) => {
          if (answer.hits.length === 0) return withProvenance([`No hits for “${query}”.`]);
          const lines = answer.hits.flatMap((hit) => {
            const snippet = hit.snippet.map((f) => (f.match ? `[${f.text}]` : f.text)).join("");
            const head = `${hit.kind} ${hit.id} (${hit.field === "summary" ? "matched Parley's summary" : `matched the source's ${hit.field === "quote" ? "quote" : "paragraph"}`}): ${snippet}`;
            return hit.claim ? [head, ...claimLines(model, hit.claim, answer.sources, "  ")] : [head];
          });
          return withProvenance([...lines, ...omittedLine("hits", answer.omittedIds)]);
        },
        ARGUMENTS,
      ),
  );

  server.registerTool(
    "get_claim",
    {
      title: "Get a claim",
      description:
        "One claim: who asserts it (speakerIds), whose position or action it is about (subjectIds), who relays it (reporterId), how it is attributed, its stance per issue, Parley's summary and its verbatim evidence.",
      inputSchema: z.strictObject({
        summit: SummitRef,
        claimId: Ref.describe("A claim id, e.g. from search."),
      }),
      outputSchema: ClaimAnswer,
      annotations: READ_ONLY,
    },
    ({ summit, claimId }) =>
      reply(
        summit,
        (model) => {
          const claim: Claim = model.claim(claimId);
          return {
            claim,
            notes: model.notesFor(claim.evidence),
            sources: cite(model, claim.evidence),
            provenance: PROVENANCE,
          };
        },
        ({ claim, notes, sources }, model) =>
          withProvenance([
            ...claimLines(model, claim, sources),
            ...notes.map((n) => `Note on ${n.evidence[0]?.source}: ${localize(n.label, "en")}`),
          ]),
        ARGUMENTS,
      ),
  );

  server.registerTool(
    "get_source",
    {
      title: "Get a source",
      description:
        "One source article: its full verbatim text and the span of every fact that quotes it (code points, end excluded). Also readable as the resource parley://summits/{id}/sources/{sourceId}.",
      inputSchema: z.strictObject({
        summit: SummitRef,
        sourceId: core.SourceId.describe("A source id, or its 3-digit prefix (`003`)."),
      }),
      outputSchema: SourceAnswer,
      annotations: READ_ONLY,
    },
    ({ summit, sourceId }) =>
      reply(
        summit,
        (model) => {
          const view = model.source(sourceId);
          return { ...view, sources: cite(model, [], [view.source.id]), provenance: PROVENANCE };
        },
        ({ source, spans }, model) =>
          withProvenance([
            `${source.id}: “${source.title}” (${source.language}${source.outletId ? `, ${nameOf(model, source.outletId)}` : ""}), ${spans.length} quoted spans`,
            ...source.notes.map((n) => `Note: ${localize(n.label, "en")}`),
            `Full verbatim text in structured content, and at ${sourceUri(model.summit.id, source.id)}.`,
          ]),
        ARGUMENTS,
      ),
  );

  server.registerTool(
    "list_discrepancies",
    {
      title: "List discrepancies",
      description:
        "Where the sources disagree: a `contradiction` (the versions cannot all be true) or a `framing` difference (the same thing told differently; never called a contradiction), each version with its verbatim evidence.",
      inputSchema: z.strictObject({
        summit: SummitRef,
        kind: core.DiscrepancyKind.optional(),
        issue: Ref.optional().describe("Only discrepancies about this issue id."),
      }),
      outputSchema: DiscrepancyList,
      annotations: READ_ONLY,
    },
    ({ summit, kind, issue }) =>
      reply(
        summit,
        (model) => {
          const all = model.discrepancies({
            ...(kind === undefined ? {} : { kind }),
            ...(issue === undefined ? {} : { issue }),
          });
          const { kept, omitted } = withinBudget(all, (d) => d.id);
          const evidence = kept.flatMap((d) => d.variants.flatMap((v) => v.evidence));
          return {
            discrepancies: kept,
            omittedIds: omitted,
            sources: cite(model, evidence),
            provenance: PROVENANCE,
          };
        },
        ({ discrepancies, omittedIds, sources }) =>
          withProvenance([
            ...discrepancies.flatMap((d) => [
              `[${d.id}] ${d.kind}: ${localize(d.question, "en")}`,
              ...d.variants.flatMap((v) => [
                `  Parley: ${localize(v.label, "en")}`,
                ...v.evidence.map((e) => `    ${quoteLine(e, sources)}`),
              ]),
            ]),
            ...omittedLine("discrepancies", omittedIds),
          ]),
        { ...ARGUMENTS, issue: "issue" },
      ),
  );

  server.registerTool(
    "timeline",
    {
      title: "Timeline",
      description:
        "Dated events the articles mention, with the date's precision, whether the date is the event's (`on`) or a bound (`before`, `after`), and whether it is stated or inferred.",
      inputSchema: z.strictObject({
        summit: SummitRef,
        basis: core.DateBasis.optional(),
        actor: z
          .string()
          .min(1)
          .max(100)
          .optional()
          .describe("Only events involving this actor (id or name)."),
      }),
      outputSchema: Timeline,
      annotations: READ_ONLY,
    },
    ({ summit, basis, actor }) =>
      reply(
        summit,
        (model) => {
          const all = model.timeline({
            ...(basis === undefined ? {} : { basis }),
            ...(actor === undefined ? {} : { actor }),
          });
          const { kept, omitted } = withinBudget(all, (e) => e.id);
          const evidence = kept.flatMap((e) => e.evidence);
          return {
            events: kept,
            omittedIds: omitted,
            sources: cite(model, evidence),
            provenance: PROVENANCE,
          };
        },
        ({ events, omittedIds, sources }) =>
          withProvenance([
            ...events.flatMap((e) => [
              `${e.relation === "on" ? "" : `${e.relation} `}${e.date} (${e.basis}) [${e.id}] Parley: ${localize(e.label, "en")}`,
              ...e.evidence.map((ev) => `  ${quoteLine(ev, sources)}`),
            ]),
            ...omittedLine("events", omittedIds),
          ]),
        { ...ARGUMENTS, actor: "actor" },
      ),
  );
}

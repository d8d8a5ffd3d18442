import {
  type Actor,
  CELL_GROUPS,
  type Comparison,
  type Discrepancy,
  type Evidence,
  type Issue,
  type Outcome,
  type SearchHit,
  type SourceNote,
  type SourceView,
  type Summit,
  type TimelineEvent,
} from "@parley/core";
import type { SourceSummary } from "../data/data-source.ts";
import type { Names } from "../describe.ts";
import {
  dateLabel,
  discrepancyKindLabel,
  discrepancyKindMeaning,
  type Lang,
  noteKindLabel,
  pick,
  STANCE_MARKS,
  stanceLabel,
  statusLabel,
  t,
} from "../i18n.ts";

/** Plain-text renderings for the subcommands: no colour, stable, easy to pipe and grep. */

const noteLine = (note: SourceNote, lang: Lang) =>
  `${noteKindLabel(note.kind, lang)}: ${pick(note.label, lang)}`;

/**
 * Each side's column per issue as the screen shows it: its own positions under its name, then
 * what others say about it and analysts' readings under their headings, each claim with its
 * stance on the issue, who says it and when. The notes of the sources cited close the output.
 */
export function printComparison(summit: Summit, comparison: Comparison, names: Names, lang: Lang): string {
  const title = `${pick(summit.name, lang)} · ${comparison.columns.map((c) => pick(c.name, lang)).join(" vs ")}`;
  const lines = [title];
  const cited: Evidence[] = [];
  for (const row of comparison.rows) {
    lines.push("", pick(row.issue.label, lang));
    for (const cell of row.cells) {
      const column = comparison.columns.find((c) => c.id === cell.columnId);
      lines.push(`  ${column ? pick(column.name, lang) : cell.columnId} (${cell.own.length})`);
      if (cell.gap) lines.push(`    – ${t(lang, "gap")}`);
      for (const group of CELL_GROUPS) {
        const placed = cell[group];
        if (group !== "own" && placed.length > 0) lines.push(`    ${t(lang, group)} (${placed.length})`);
        for (const { claim, stance } of placed) {
          cited.push(...claim.evidence);
          lines.push(`    ${STANCE_MARKS[stance]} ${pick(claim.summary, lang)}`);
          lines.push(
            `      ${stanceLabel(stance, lang)} · ${names.attributionWithOccasion(claim, lang, group)} · ${names.sourceTags(claim.evidence)}`,
          );
          lines.push(`      ${claim.id}`);
        }
      }
    }
  }
  const noted = [...new Set(cited.map((e) => e.source))].filter((id) => names.notes(id).length > 0).sort();
  if (noted.length > 0) {
    lines.push("", t(lang, "sourceNotes"));
    for (const id of noted) {
      for (const note of names.notes(id)) lines.push(`  [${names.sourceTag(id)}] ${noteLine(note, lang)}`);
    }
  }
  return lines.join("\n");
}

/** The issue ids that --issue takes, each with its label. */
export function printIssues(issues: readonly Issue[], lang: Lang): string {
  return issues.map((issue) => `${issue.id}  ${pick(issue.label, lang)}`).join("\n");
}

/** Each source's number and full id (what `parley source` takes), its outlet and its title. */
export function printSources(sources: readonly SourceSummary[], names: Names): string {
  return sources
    .map((s) => `${s.id.slice(0, 3)}  ${s.id}  ${names.sourceTag(s.id).slice(4) || "–"}  ${s.title}`)
    .join("\n");
}

export function printActors(actors: readonly Actor[], names: Names, lang: Lang): string {
  return actors
    .map((actor) => {
      const head = `${actor.id}  ${pick(actor.name, lang)} (${actor.kind})`;
      const roles = actor.roles.map(
        (r) =>
          `    ${pick(r.role, lang)}${r.onBehalfOfId ? ` · ${t(lang, "onBehalfOf")} ${names.actor(r.onBehalfOfId, lang)}` : ""} ${names.sourceTags(r.evidence)}`,
      );
      return [head, `    ${t(lang, "aliases")}: ${actor.aliases.join(", ")}`, ...roles].join("\n");
    })
    .join("\n");
}

export function printOutcomes(outcomes: readonly Outcome[], names: Names, lang: Lang): string {
  if (outcomes.length === 0) return t(lang, "nothing");
  return outcomes
    .map((o) => {
      const by = o.claimedById ? ` · ${t(lang, "claimedBy")} ${names.actor(o.claimedById, lang)}` : "";
      return `• ${pick(o.label, lang)}\n  ${statusLabel(o.status, lang)}${by} · ${names.sourceTags(o.evidence)}`;
    })
    .join("\n");
}

export function printDiscrepancies(discrepancies: readonly Discrepancy[], names: Names, lang: Lang): string {
  if (discrepancies.length === 0) return t(lang, "nothing");
  return discrepancies
    .map((d) =>
      [
        pick(d.question, lang),
        `  ${discrepancyKindLabel(d.kind, lang)}: ${discrepancyKindMeaning(d.kind, lang)}`,
        ...d.variants.map((v) => `  – ${pick(v.label, lang)} ${names.sourceTags(v.evidence)}`),
      ].join("\n"),
    )
    .join("\n\n");
}

export function printTimeline(events: readonly TimelineEvent[], names: Names, lang: Lang): string {
  if (events.length === 0) return t(lang, "nothing");
  return events
    .map((e) => {
      const basis =
        e.basis === "inferred"
          ? `${t(lang, "inferred")}${e.inference ? `: ${pick(e.inference, lang)}` : ""}`
          : t(lang, "stated");
      return `${dateLabel(e, lang).padEnd(16)}  ${pick(e.label, lang)}\n${" ".repeat(18)}${basis} · ${names.sourceTags(e.evidence)}`;
    })
    .join("\n");
}

const marked = (hit: SearchHit) => hit.snippet.map((f) => (f.match ? `«${f.text}»` : f.text)).join("");

export function printSearch(query: string, hits: readonly SearchHit[], names: Names, lang: Lang): string {
  if (hits.length === 0) return `${t(lang, "noResults")} (${query})`;
  return hits
    .map((hit) =>
      hit.kind === "claim" && hit.claim
        ? `claim ${hit.id} · ${names.attributionWithOccasion(hit.claim, lang)} ${names.sourceTags(hit.claim.evidence)}\n  ${marked(hit)}`
        : `source [${names.sourceTag(hit.id)}] ${names.sourceTitle(hit.id)}\n  ${marked(hit)}`,
    )
    .join("\n");
}

export function printSource(view: SourceView, names: Names, lang: Lang): string {
  const { source, spans } = view;
  const head = `${source.title}\n${source.id}${source.outletId ? ` · ${names.actor(source.outletId, lang)}` : ""}`;
  const notes =
    source.notes.length > 0
      ? ["", t(lang, "sourceNotes"), ...source.notes.map((n) => `  ${noteLine(n, lang)}`)]
      : [];
  const spanLines = spans.map((s) => `  ${s.start}-${s.end}  ${s.kind} ${s.id}: “${s.exact}”`);
  return [
    head,
    ...notes,
    "",
    source.text.trimEnd(),
    "",
    `${t(lang, "spans")} (${spans.length})`,
    ...spanLines,
  ].join("\n");
}

import { InvalidQueryError } from "./errors.ts";
import type { Claim } from "./schema/index.ts";
import type { ComparedClaim, Comparison } from "./schema/results.ts";
import type { SummitModel } from "./summit-model.ts";
import type { CellGroup } from "./vocabulary.ts";

/** What `compare` puts side by side. */
export interface CompareOptions {
  /** Issue ids to compare; all issues when omitted. */
  issues?: readonly string[];
  /** Sides (states or alliances, by id or name) to put side by side; default the summit's own (`SummitModel.defaultSides`). */
  sides?: readonly string[];
  /** Actors (by id or name) to put side by side instead of sides, e.g. ["Lavrov", "Rubio"]. */
  actors?: readonly string[];
}

/**
 * Puts two or more sides (or actors) side by side, one row per issue. Each cell keeps apart what
 * the column itself asserts (its own positions: a speaker acts for it), what others assert about
 * it (hearsay: someone else, or the article's own narration, says what it holds or did) and what
 * analysts read into it (analysis). Each claim appears with its stance on that row's issue, so a
 * claim about several issues can support one and oppose another. A cell without positions of
 * its own is marked as a gap rather than left out, so absence is visible.
 */
export function compare(model: SummitModel, options: CompareOptions = {}): Comparison {
  if (options.sides && options.actors) {
    throw new InvalidQueryError("actors", "Compare either sides or actors, not both.");
  }
  const by = options.actors ? "actor" : "side";
  const refs = options.actors ?? options.sides ?? model.defaultSides();
  const ids = [
    ...new Set(refs.map((ref) => (by === "actor" ? model.resolveActorId(ref) : model.resolveSideId(ref)))),
  ];
  if (ids.length < 2) {
    throw new InvalidQueryError(
      by === "actor" ? "actors" : "sides",
      `Compare needs at least two different ${by === "actor" ? "actors" : "sides"}; got ${ids.length}.`,
    );
  }
  const issues = options.issues ? options.issues.map((id) => model.issue(id)) : model.issues();

  const columnOf = (actorId: string): string | null => (by === "actor" ? actorId : model.sideOf(actorId));
  // Arrays, not sets: a claim names one or two speakers and subjects.
  const columnsOf = (actorIds: readonly string[]) => {
    const found: string[] = [];
    for (const id of actorIds) {
      const column = columnOf(id);
      if (column !== null && !found.includes(column)) found.push(column);
    }
    return found;
  };

  // One pass over the claims, bucketed by column, then issue, then kind of attribution.
  const cells = new Map<string, Map<string, Record<CellGroup, ComparedClaim[]>>>(
    ids.map((id) => [id, new Map()]),
  );
  const put = (column: string, bucket: CellGroup, claim: Claim) => {
    const byIssue = cells.get(column);
    if (!byIssue) return;
    for (const { issueId, stance } of claim.stances) {
      const cell = byIssue.get(issueId) ?? { own: [], hearsay: [], analysis: [] };
      byIssue.set(issueId, cell);
      cell[bucket].push({ claim, stance });
    }
  };
  for (const claim of model.dataset.claims) {
    const analysis = claim.attribution === "analysis" || claim.kind === "assessment";
    const speakers = columnsOf(claim.speakerIds);
    if (claim.attribution !== "analysis") for (const column of speakers) put(column, "own", claim);
    for (const column of columnsOf(claim.subjectIds)) {
      if (!speakers.includes(column)) put(column, analysis ? "analysis" : "hearsay", claim);
    }
  }

  return {
    by,
    columns: ids.map((id) => ({ id, name: model.actor(id).name })),
    rows: issues.map((issue) => ({
      issue,
      cells: ids.map((columnId) => {
        // Written out, not spread: most cells are empty, and V8 spreads objects slowly.
        const cell = cells.get(columnId)?.get(issue.id);
        const own = cell?.own ?? [];
        return {
          columnId,
          own,
          hearsay: cell?.hearsay ?? [],
          analysis: cell?.analysis ?? [],
          gap: own.length === 0,
        };
      }),
    })),
  };
}

import { InvalidQueryError } from "./errors.ts";
import type { Claim } from "./schema/index.ts";
import type { Comparison } from "./schema/results.ts";
import type { SummitModel } from "./summit-model.ts";

export interface CompareOptions {
  /** Issue ids to compare; all issues when omitted. */
  issues?: readonly string[];
  /** Sides (states or alliances, by id or name) to put side by side; default the US and Russia. */
  sides?: readonly string[];
  /** Actors (by id or name) to put side by side instead of sides, e.g. ["Lavrov", "Rubio"]. */
  actors?: readonly string[];
}

export const DEFAULT_SIDES = ["united-states", "russia"] as const;

/**
 * Puts two or more sides (or actors) side by side, one row per issue. A side's positions are
 * the claims held by the side itself or by anyone acting for it; an actor's are the claims it
 * holds. An empty cell is marked as a gap rather than left out, so absence is visible.
 */
export function compare(model: SummitModel, options: CompareOptions = {}): Comparison {
  if (options.sides && options.actors) {
    throw new InvalidQueryError("actors", "Compare either sides or actors, not both.");
  }
  const by = options.actors ? "actor" : "side";
  const refs = options.actors ?? options.sides ?? DEFAULT_SIDES;
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

  const holderColumn = (claim: Claim): string | null => {
    if (claim.holderId === null) return null;
    return by === "actor" ? claim.holderId : model.sideOf(claim.holderId);
  };
  // One pass over the claims, bucketed by column, then by issue.
  const cellsByColumn = new Map<string, Map<string, Claim[]>>(ids.map((id) => [id, new Map()]));
  for (const claim of model.dataset.claims) {
    const column = holderColumn(claim);
    const byIssue = column === null ? undefined : cellsByColumn.get(column);
    if (!byIssue) continue;
    for (const issueId of claim.issueIds) {
      const cell = byIssue.get(issueId);
      if (cell) cell.push(claim);
      else byIssue.set(issueId, [claim]);
    }
  }

  return {
    by,
    columns: ids.map((id) => ({ id, name: model.actor(id).name })),
    rows: issues.map((issue) => ({
      issue,
      cells: ids.map((columnId) => {
        const claims = cellsByColumn.get(columnId)?.get(issue.id) ?? [];
        return { columnId, claims, gap: claims.length === 0 };
      }),
    })),
  };
}

import {
  ATTRIBUTIONS,
  type Attribution,
  type ComparedClaim,
  type Comparison,
  type ComparisonCell,
  type ComparisonRow,
  STANCES,
  type Stance,
} from "@parley/core";

/** What the comparison shows of each cell: claims from one source, of one attribution, with one stance. */
export interface ClaimFilter {
  source?: string;
  attribution?: Attribution;
  stance?: Stance;
}

/** The values each filter key (f, a, s) steps through, "all" (undefined) between the last and the first. */
export const FILTER_VALUES = {
  attribution: ATTRIBUTIONS,
  stance: STANCES,
} as const;

/** The next value after `current` in `values`, and after the last one none (all). */
export function nextValue<T>(values: readonly T[], current: T | undefined): T | undefined {
  const at = current === undefined ? -1 : values.indexOf(current);
  return values[at + 1];
}

export const isFiltered = (filter: ClaimFilter) =>
  filter.source !== undefined || filter.attribution !== undefined || filter.stance !== undefined;

const matches = (filter: ClaimFilter, { claim, stance }: ComparedClaim) =>
  (filter.source === undefined || claim.evidence.some((e) => e.source === filter.source)) &&
  (filter.attribution === undefined || claim.attribution === filter.attribution) &&
  (filter.stance === undefined || stance === filter.stance);

/**
 * The rows with only the claims the filter lets through. A cell's `gap` stays what the sources
 * say (no position of its own at all), so a position the filter hides is not shown as a gap.
 */
export function filterRows(comparison: Comparison, filter: ClaimFilter): ComparisonRow[] {
  if (!isFiltered(filter)) return comparison.rows;
  const cell = (c: ComparisonCell): ComparisonCell => ({
    ...c,
    own: c.own.filter((p) => matches(filter, p)),
    hearsay: c.hearsay.filter((p) => matches(filter, p)),
    analysis: c.analysis.filter((p) => matches(filter, p)),
  });
  return comparison.rows.map((row) => ({ ...row, cells: row.cells.map(cell) }));
}

// What every consumer checks, on every runtime: the bundled Alaska summit, `compare` and
// `search` over it, and a summit of its own built with `buildSummit` from the example's files.
// The modules are passed in, so each runtime loads the package its own way (import, require,
// a bundle) and the checks stay one.
export async function probe(core, authoring, example) {
  const alaska = core.getSummit("alaska-2025");
  const comparison = core.compare(alaska);
  const alaskaHit = core.search(alaska, "sepakat")[0];
  const built = await authoring.buildSummit(example);
  if (!built.ok) return { alaska: null, example: { ok: false, problems: built.problems } };
  const own = core.compare(built.model);
  const ownHit = core.search(built.model, "undangan")[0];
  const ids = (group) => group.map(({ claim, stance }) => `${claim.id}:${stance}`);
  return {
    alaska: {
      date: alaska.summit.date?.value,
      columns: comparison.columns.map((c) => c.id),
      rows: comparison.rows.length,
      hit: alaskaHit?.snippet.filter((f) => f.match).map((f) => f.text.toLowerCase()),
      frozen: Object.isFrozen(alaska.dataset.claims),
    },
    example: {
      ok: true,
      summit: built.model.summit.id,
      columns: own.columns.map((c) => core.localize(c.name, "en")),
      rows: own.rows.map((row) => ({
        issue: row.issue.id,
        cells: row.cells.map((c) => ({
          side: c.columnId,
          own: ids(c.own),
          hearsay: ids(c.hearsay),
          analysis: ids(c.analysis),
          gap: c.gap,
        })),
      })),
      hit: { id: ownHit?.id, quote: ownHit?.claim?.evidence[0]?.quote.exact },
    },
  };
}

import { compare, getSummit, nearest, type SummitModel, search, UnknownIdError } from "@parley/core";
import type { DataSource } from "./data-source.ts";

export const SUMMIT_ID = "alaska-2025";

/** The summit bundled with the core; every answer is computed synchronously in process. */
export function embeddedData(model: SummitModel = getSummit(SUMMIT_ID)): DataSource {
  return {
    origin: "embedded data",
    summit: () => model.summit,
    compare: (options) => compare(model, options),
    issues: () => model.issues(),
    actors: () => model.actors(),
    claim: (id) => model.claim(id),
    outcomes: () => model.outcomes(),
    discrepancies: () => model.discrepancies(),
    timeline: () => model.timeline(),
    sources: () => model.sources(),
    source: (ref) => {
      const ids = model.sources().map((s) => s.id);
      const byPrefix = ids.filter((id) => id.startsWith(`${ref}_`));
      const id = ids.includes(ref) ? ref : byPrefix.length === 1 ? (byPrefix[0] as string) : undefined;
      if (id === undefined) throw new UnknownIdError("source", ref, nearest(ref, ids));
      return model.source(id);
    },
    search: (query, limit) => search(model, query, { limit }),
  };
}

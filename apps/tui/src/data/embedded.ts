import { compare, getSummit, type SummitModel, search } from "@parley/core";
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
    sources: () => [...model.sources()],
    source: (ref) => model.source(ref),
    search: (query, limit) => search(model, query, { limit }),
  };
}

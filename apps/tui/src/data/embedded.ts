import { compare, getSummit, type SummitModel, search, summitIds } from "@parley/core";
import type { DataSource } from "./data-source.ts";

/** The summit shown unless --summit names another: the first registered (the one bundled). */
export const DEFAULT_SUMMIT_ID = summitIds()[0] as string;

/** The summit bundled with the core; every answer is computed synchronously in process. */
export function embeddedData(model: SummitModel = getSummit(DEFAULT_SUMMIT_ID)): DataSource {
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

import { UnknownIdError } from "./errors.ts";
import { alaska2025Json, alaska2025SearchJson } from "./generated/alaska-2025.ts";
import type { Dataset } from "./schema/index.ts";
import { nearest } from "./suggest.ts";
import { SummitModel } from "./summit-model.ts";

/**
 * The summits an app serves, by id. The core bundles the Alaska summit; an app adds its own with
 * `registerSummit`, and the API and the TUI list and serve whatever is registered. Each entry is
 * built on first use only, so an app that serves one summit does not pay for the others.
 */
const registry = new Map<string, () => SummitModel>();
const built = new Map<string, SummitModel>();

// The build validated and checked this dataset before writing it, and built its search index;
// validating and indexing it again on every cold start would cost more than the rest together.
registry.set(
  "alaska-2025",
  () => new SummitModel(JSON.parse(alaska2025Json) as Dataset, { searchIndex: () => alaska2025SearchJson }),
);

/** The ids of the registered summits, the bundled ones first. */
export function summitIds(): string[] {
  return [...registry.keys()];
}

/**
 * Registers a summit so that `getSummit` and `summitIds` (and so the API and the TUI) serve it,
 * under the id its dataset gives. A model comes from `buildSummit` or `loadSummit`, which check
 * it. Registering an id again replaces that summit.
 */
export function registerSummit(model: SummitModel): void {
  registry.set(model.summit.id, () => model);
  built.set(model.summit.id, model);
}

/**
 * A registered summit's model, built on first use and then shared: its data is frozen, so no
 * caller can change what the next one sees. Throws `UnknownIdError` (with the nearest ids) for an
 * unknown id.
 */
export function getSummit(id: string): SummitModel {
  const model = built.get(id);
  if (model) return model;
  const build = registry.get(id);
  if (!build) throw new UnknownIdError("summit", id, nearest(id, summitIds()));
  const fresh = build();
  built.set(id, fresh);
  return fresh;
}

import { UnknownIdError } from "./errors.ts";
import { alaska2025Json } from "./generated/alaska-2025.ts";
import { Dataset } from "./schema/index.ts";
import { nearest } from "./suggest.ts";
import { SummitModel } from "./summit-model.ts";

/**
 * Parses and validates a dataset from its JSON text. A dataset is validated once, on load, so
 * zod's eval-compiled fast path would cost more to compile than it saves (and Workers forbid eval).
 */
export function parseDataset(json: string): Dataset {
  return Dataset.parse(JSON.parse(json), { jitless: true });
}

/** The bundled summits, each parsed and validated on first use only. */
const bundled: Record<string, { json: string; model?: SummitModel }> = {
  "alaska-2025": { json: alaska2025Json },
};

/** The ids of the summits bundled with the core. */
export function summitIds(): string[] {
  return Object.keys(bundled);
}

/** A bundled summit's model. Throws `UnknownIdError` (with the nearest ids) for an unknown id. */
export function getSummit(id: string): SummitModel {
  const entry = Object.hasOwn(bundled, id) ? bundled[id] : undefined;
  if (!entry) throw new UnknownIdError("summit", id, nearest(id, summitIds()));
  entry.model ??= new SummitModel(parseDataset(entry.json));
  return entry.model;
}

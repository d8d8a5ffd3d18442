import type { Claim, SummitModel } from "@parley/core";

/** The notes of the sources that claims come from, each once, to be shown beside the claims. */
export const notesBeside = (model: SummitModel, claims: readonly Claim[]) =>
  model.notesFor(claims.flatMap((c) => c.evidence));

import type * as z from "zod";
import { EvidenceInput, modelSchemas } from "./model.ts";

/**
 * The model as curators write it: evidence is a quote and its source, grounded later by the
 * generator. Sources carry no text here; the generator reads it from `seeds/`.
 */
export const Authored = (() => {
  const schemas = modelSchemas(EvidenceInput);
  const Source = schemas.Source.omit({ text: true });
  return { ...schemas, Source, Dataset: schemas.Dataset.extend({ sources: Source.array().min(1) }) };
})();

export type AuthoredDataset = z.input<typeof Authored.Dataset>;
export type AuthoredActor = z.input<typeof Authored.Actor>;
export type AuthoredIssue = z.input<typeof Authored.Issue>;
export type AuthoredClaim = z.input<typeof Authored.Claim>;
export type AuthoredOutcome = z.input<typeof Authored.Outcome>;
export type AuthoredDiscrepancy = z.input<typeof Authored.Discrepancy>;
export type AuthoredTimelineEvent = z.input<typeof Authored.TimelineEvent>;
export type AuthoredSummit = z.input<typeof Authored.Summit>;
export type AuthoredSource = z.input<typeof Authored.Source>;

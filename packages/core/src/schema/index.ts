import type * as z from "zod";
import { Evidence, modelSchemas } from "./model.ts";

export * from "./model.ts";

/** The published model: every evidence grounded with computed selectors. */
export const {
  Role,
  Actor,
  Delegation,
  Duration,
  Summit,
  Issue,
  IssueStance,
  Claim,
  Outcome,
  DiscrepancyVariant,
  Discrepancy,
  TimelineEvent,
  SourceNote,
  Source,
  Dataset,
} = modelSchemas(Evidence);

export type Role = z.infer<typeof Role>;
export type Actor = z.infer<typeof Actor>;
export type Delegation = z.infer<typeof Delegation>;
export type Duration = z.infer<typeof Duration>;
export type Summit = z.infer<typeof Summit>;
export type Issue = z.infer<typeof Issue>;
export type IssueStance = z.infer<typeof IssueStance>;
export type Claim = z.infer<typeof Claim>;
export type Outcome = z.infer<typeof Outcome>;
export type DiscrepancyVariant = z.infer<typeof DiscrepancyVariant>;
export type Discrepancy = z.infer<typeof Discrepancy>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type SourceNote = z.infer<typeof SourceNote>;
export type Source = z.infer<typeof Source>;
export type Dataset = z.infer<typeof Dataset>;

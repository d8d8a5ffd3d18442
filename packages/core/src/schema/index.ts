import type * as z from "zod";
import { Evidence, modelSchemas } from "./model.ts";

export {
  ActorKind,
  Attribution,
  ClaimKind,
  DateBasis,
  DatePrecision,
  DateRelation,
  DiscrepancyKind,
  Evidence,
  EvidenceInput,
  Id,
  LanguageTag,
  Localized,
  Occasion,
  OutcomeStatus,
  Review,
  SourceId,
  SourceNoteKind,
  Stance,
  TextPositionSelector,
  TextQuoteSelector,
} from "./model.ts";

// The published model: every evidence grounded with computed selectors.
const published = modelSchemas(Evidence);

/** A role the text gives an actor, shaped like a Popolo Membership, with its evidence. */
export const Role = published.Role;
export type Role = z.infer<typeof Role>;

/** A person, state, alliance, organisation, outlet, news agency or group, with its names as the sources write them and its roles. */
export const Actor = published.Actor;
export type Actor = z.infer<typeof Actor>;

/** Who sat with a side's leader, as a source reports it. */
export const Delegation = published.Delegation;
export type Delegation = z.infer<typeof Delegation>;

/** How long the meeting lasted, as one source reports it, with its qualifier. */
export const Duration = published.Duration;
export type Duration = z.infer<typeof Duration>;

/** The meeting: its name and participants, and its date, place, venue, format, durations and delegations where the sources state them. */
export const Summit = published.Summit;
export type Summit = z.infer<typeof Summit>;

/** Something the sides can be for or against, discussed at the summit or at stake in it. */
export const Issue = published.Issue;
export type Issue = z.infer<typeof Issue>;

/** A claim's stance on one issue. */
export const IssueStance = published.IssueStance;
export type IssueStance = z.infer<typeof IssueStance>;

/** One proposition in one source: who asserts it, whose position it is, who relays it, how it is attributed, when it was said, its stance on each issue, and its evidence. */
export const Claim = published.Claim;
export type Claim = z.infer<typeof Claim>;

/** What the summit did or did not produce, with its status as the sources give it. */
export const Outcome = published.Outcome;
export type Outcome = z.infer<typeof Outcome>;

/** One source's answer to a discrepancy's question, with its evidence. */
export const DiscrepancyVariant = published.DiscrepancyVariant;
export type DiscrepancyVariant = z.infer<typeof DiscrepancyVariant>;

/** A question the sources answer differently: a contradiction or a framing difference. */
export const Discrepancy = published.Discrepancy;
export type Discrepancy = z.infer<typeof Discrepancy>;

/** A dated event, with the date's precision, its relation to the event and whether it is stated or inferred. */
export const TimelineEvent = published.TimelineEvent;
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** What a reader must know about a source, shown wherever its facts are. */
export const SourceNote = published.SourceNote;
export type SourceNote = z.infer<typeof SourceNote>;

/** One article: its id, language, title, outlet, notes and full text. */
export const Source = published.Source;
export type Source = z.infer<typeof Source>;

/** A whole summit as published: every evidence grounded in its source's text. */
export const Dataset = published.Dataset;
export type Dataset = z.infer<typeof Dataset>;

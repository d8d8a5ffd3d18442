// A namespace import lets bundlers drop what the core does not use (zod's locales are most of zod).
import * as z from "zod";
import {
  ACTOR_KINDS,
  ATTRIBUTIONS,
  CLAIM_KINDS,
  DATE_BASES,
  DATE_PRECISIONS,
  DATE_RELATIONS,
  DISCREPANCY_KINDS,
  DURATION_QUALIFIERS,
  ISSUE_STATUSES,
  OCCASIONS,
  OUTCOME_STATUSES,
  REVIEW_STATES,
  SOURCE_NOTE_KINDS,
  STANCES,
} from "../vocabulary.ts";

/**
 * The schemas of the Parley model. They are built by one factory over the shape of evidence,
 * because the same model exists twice: as authored (a quote and the source it comes from) and as
 * published (the quote grounded with W3C selectors computed from the seed text). Writing the
 * model once keeps the two from drifting apart.
 */

/** A stable identifier of a fact or an actor: lower-case kebab-case. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case kebab-case")
  .describe("A stable identifier, lower-case kebab-case.");

const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SOURCE_ID_RULE =
  "a source id is letters, digits, '.', '_' and '-' (the Alaska seeds use their file names)";

/** A string in the shape of a source id; `error` words the message for an input that is not a string. */
export const sourceIdString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).max(200).regex(SOURCE_ID, SOURCE_ID_RULE);

/** A source's id: letters, digits, `.`, `_` and `-`. */
export const SourceId = sourceIdString().describe(
  "A source's id. A reference may also name a source by the part of its id before the first `_` (`003` for `003_f7f5…`).",
);

/** A BCP 47 language tag (`id`, `en`, `pt-BR`). */
export const LanguageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'a BCP 47 language tag ("id", "en", "pt-BR")')
  .describe("A BCP 47 language tag.");

/** Text Parley writes, keyed by language tag; read it with `localize`. */
export const Localized = z
  .record(LanguageTag, z.string().min(1))
  .refine((text) => Object.keys(text).length > 0, "give the text in at least one language")
  .describe(
    "Text Parley writes (a label, a summary), keyed by BCP 47 language tag: `{ en: …, id: … }`. It is Parley's own wording, never a quote. Read it with `localize`, which falls back when a language is missing.",
  );
export type Localized = z.infer<typeof Localized>;

/** What an actor is: a person, a state, an alliance, an organisation, an outlet, a news agency or a group. */
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

/** How a source attributes a claim (see DATA.md). */
export const Attribution = z
  .enum(ATTRIBUTIONS)
  .describe(
    "How the source attributes the claim: the speaker's own words in full quotation marks, a few of their words quoted inside reported speech, their words reported, the journalist's own narration, or an analyst's reading.",
  );
export type Attribution = z.infer<typeof Attribution>;

/** What a claim is: a position, a report, an assessment, an outcome or a fact. */
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** A subject's stance on one issue. */
export const Stance = z
  .enum(STANCES)
  .describe(
    "The subject's stance on one issue: supports, opposes, demands (makes it a demand on the other side), conditional (supports it on a condition), open (open to it, undecided), sceptical (doubts it, without opposing), neutral (states a fact about it, no stance).",
  );
export type Stance = z.infer<typeof Stance>;

/** When a claim was said, as the source places it. */
export const Occasion = z
  .enum(OCCASIONS)
  .describe(
    "When the speaker said it, as the source places it: during the talks, at the joint press conference, after the meeting, in a later interview the source dates or names, in an interview the source does not date, or with no occasion given.",
  );
export type Occasion = z.infer<typeof Occasion>;

/** The status of an outcome as the sources give it. */
export const OutcomeStatus = z
  .enum(OUTCOME_STATUSES)
  .describe("The status of an outcome as the sources give it.");
export type OutcomeStatus = z.infer<typeof OutcomeStatus>;

/** Whether sources contradict each other or frame the same thing differently. */
export const DiscrepancyKind = z
  .enum(DISCREPANCY_KINDS)
  .describe(
    "contradiction: the variants cannot all be true of the same fact; framing: the sources characterise the same thing differently.",
  );
export type DiscrepancyKind = z.infer<typeof DiscrepancyKind>;

/** How precise a timeline date is: day, month, year or decade. */
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** Whether a date is stated by the text or inferred by Parley. */
export const DateBasis = z
  .enum(DATE_BASES)
  .describe("Whether the text states the date or Parley infers it (see `inference`).");
export type DateBasis = z.infer<typeof DateBasis>;

/** How an event relates to its date: on it, before it (an upper bound) or after it (a lower bound). */
export const DateRelation = z
  .enum(DATE_RELATIONS)
  .describe(
    "on: the event falls within the date; before: the date is an upper bound (the event came before it); after: a lower bound.",
  );
export type DateRelation = z.infer<typeof DateRelation>;

/** What a source note is about: credit, an anomaly, or timing. */
export const SourceNoteKind = z
  .enum(SOURCE_NOTE_KINDS)
  .describe(
    "credit: the outlet or agency the article credits; anomaly: something in the article a reader should not take at face value; timing: how the article places its statements in time.",
  );
export type SourceNoteKind = z.infer<typeof SourceNoteKind>;

/** The editorial review of a fact: draft or reviewed, by whom and when. */
export const Review = z
  .object({
    state: z.enum(REVIEW_STATES),
    by: z.string().min(1).describe('Who reviewed it, by role ("second editor"); a name is not needed.'),
    on: z.iso.date().describe("When, as YYYY-MM-DD."),
  })
  .describe(
    "The editorial review of a fact. The build proves that its quotes exist; only a review says that the fact means what the text means.",
  );
export type Review = z.infer<typeof Review>;

/** A W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** A W3C Web Annotation TextPositionSelector, in Unicode code points, end excluded. */
export const TextPositionSelector = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** Where a fact stands in a source, as published. */
export const Evidence = z
  .object({
    source: SourceId,
    quote: TextQuoteSelector,
    position: TextPositionSelector,
  })
  .describe("A verbatim span of a source, in the W3C Web Annotation selector shapes.");
export type Evidence = z.infer<typeof Evidence>;

/**
 * Evidence as authored: the verbatim text and its source. `occurrence` (1-based) picks one of
 * several identical spans; the generator refuses an ambiguous quote without it.
 */
export const EvidenceInput = z.object({
  source: SourceId,
  exact: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
});
export type EvidenceInput = z.infer<typeof EvidenceInput>;

export function modelSchemas<E extends z.ZodType>(evidence: E) {
  const evidenceList = z.array(evidence).min(1);

  const Grounded = z.object({ label: Localized, evidence: evidenceList });

  const Role = z
    .object({
      role: Localized,
      organizationId: Id.optional().describe("The organisation the role is in (Popolo Membership)."),
      onBehalfOfId: Id.optional().describe("The side the actor acts for in this role."),
      evidence: evidenceList,
    })
    .describe("A role the text gives an actor, shaped like a Popolo Membership.");

  const Actor = z.object({
    id: Id,
    kind: ActorKind,
    name: Localized,
    aliases: z
      .array(z.string().min(1))
      .min(1)
      .describe("Names as the sources write them, verbatim, Indonesian forms included."),
    roles: z.array(Role),
    review: Review,
  });

  const Delegation = z.object({
    sideId: Id,
    leaderId: Id,
    memberIds: z.array(Id).describe("Who sat with the leader, the leader excluded."),
    evidence: evidenceList,
  });

  const Duration = z.object({
    label: Localized,
    minutes: z.number().int().positive().describe("The figure the source gives, in minutes."),
    qualifier: z
      .enum(DURATION_QUALIFIERS)
      .describe("How the source qualifies the figure; unqualified: it gives the figure alone."),
    evidence: evidenceList,
  });

  // Only who met and what the summit is called are required: articles may leave out when, where,
  // how long and with whom, and Parley states only what a source states.
  const Summit = z.object({
    id: Id,
    name: Localized,
    date: z.object({ value: z.iso.date(), evidence: evidenceList }).optional(),
    place: Grounded.optional(),
    venue: Grounded.optional(),
    format: Grounded.optional(),
    durations: z.array(Duration).describe("The meeting's length, as each source reports it."),
    delegations: z.array(Delegation),
    participantIds: z.array(Id).min(2).describe("The leaders who met."),
    issueIds: z.array(Id).min(1).describe("Every issue of the dataset, in its order (derived)."),
    review: Review,
  });

  const Issue = z.object({
    id: Id,
    label: Localized.describe("Named as something one can be for or against, so a stance on it reads."),
    status: z
      .enum(ISSUE_STATUSES)
      .describe("Discussed at the summit, or at stake in it without a report of discussion."),
    evidence: evidenceList,
    review: Review,
  });

  const IssueStance = z
    .object({ issueId: Id, stance: Stance })
    .describe("The subject's stance on one issue, as this claim gives it.");

  const Claim = z.object({
    id: Id,
    kind: ClaimKind,
    speakerIds: z
      .array(Id)
      .describe(
        "Who asserts it in the text; empty for the journalist's own narration. Two ids when the text gives both leaders' words together.",
      ),
    subjectIds: z
      .array(Id)
      .describe(
        "Whose position or action it is about; empty when it is about no actor. A speaker's own position has the speaker as its subject.",
      ),
    reporterId: Id.nullable().describe(
      "Who relays the speaker's words inside the article (an agency, an outlet); null when the article reports them itself.",
    ),
    attribution: Attribution,
    cue: z
      .string()
      .min(1)
      .nullable()
      .describe("The reporting verb or phrase, verbatim (menegaskan, mengklaim, kata, menurut, ...)."),
    occasion: Occasion.nullable().describe(
      "When it was said; null for narration, which is no one's statement.",
    ),
    stances: z.array(IssueStance).min(1).describe("One stance per issue the claim is about."),
    outcomeId: Id.optional().describe("The outcome this claim is evidence of, when it shows that outcome."),
    inference: Localized.optional().describe(
      "Set when the quoted words do not name the speaker or subject: how Parley identified them (Parley's own note).",
    ),
    summary: Localized,
    evidence: evidenceList,
    review: Review,
  });

  const Outcome = z.object({
    id: Id,
    label: Localized,
    status: OutcomeStatus,
    claimedById: Id.optional().describe("For a claimed outcome: who claims it."),
    issueIds: z.array(Id),
    evidence: evidenceList,
    review: Review,
  });

  const DiscrepancyVariant = z.object({ label: Localized, evidence: evidenceList });

  const Discrepancy = z.object({
    id: Id,
    kind: DiscrepancyKind,
    question: Localized,
    issueIds: z.array(Id),
    variants: z.array(DiscrepancyVariant).min(2),
    review: Review,
  });

  const TimelineEvent = z.object({
    id: Id,
    label: Localized,
    date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD"),
    precision: DatePrecision,
    relation: DateRelation,
    basis: DateBasis,
    inference: Localized.optional().describe("For an inferred date: how Parley derived it."),
    actorIds: z.array(Id),
    evidence: evidenceList,
    review: Review,
  });

  const SourceNote = z
    .object({
      id: Id,
      kind: SourceNoteKind,
      label: Localized.describe("What the reader should know (Parley's own note)."),
      evidence: evidenceList,
      review: Review,
    })
    .describe("An editorial note on a source, shown wherever that source's facts are shown.");

  const Source = z.object({
    id: SourceId,
    language: LanguageTag.describe("The language of the source's text, as a BCP 47 tag."),
    title: z.string().min(1).describe("A short title written by Parley, in the source's language."),
    outletId: Id.optional().describe(
      "The outlet or agency the text names as its publisher or credits, if any.",
    ),
    notes: z.array(SourceNote),
    text: z.string().min(1).describe("The full seed text, byte for byte."),
  });

  const Dataset = z.object({
    summit: Summit,
    sources: z.array(Source).min(1),
    actors: z.array(Actor).min(1),
    issues: z.array(Issue).min(1),
    claims: z.array(Claim).min(1),
    outcomes: z.array(Outcome),
    discrepancies: z.array(Discrepancy),
    timeline: z.array(TimelineEvent),
  });

  return {
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
  };
}

// A namespace import lets bundlers drop what the core does not use (zod's locales are most of zod).
import * as z from "zod";

/**
 * The schemas of the Parley model. They are built by one factory over the shape of evidence,
 * because the same model exists twice: as authored (a quote and the source it comes from) and as
 * published (the quote grounded with W3C selectors computed from the seed text). Writing the
 * model once keeps the two from drifting apart.
 */

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case kebab-case")
  .describe("A stable identifier, lower-case kebab-case.");

export const SourceId = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}$/, "a source id is a seed file name without .txt")
  .describe("A seed file name without `.txt`.");

export const Localized = z
  .object({
    en: z.string().min(1).describe("English. Parley's own translation or summary, not a quote."),
    id: z.string().min(1).describe("Bahasa Indonesia."),
  })
  .describe("A label or summary written by Parley in English and Indonesian.");
export type Localized = z.infer<typeof Localized>;

export const ActorKind = z.enum([
  "person",
  "state",
  "alliance",
  "organization",
  "outlet",
  "news-agency",
  "group",
]);
export type ActorKind = z.infer<typeof ActorKind>;

export const Attribution = z
  .enum(["direct-quote", "reported-speech", "narration", "analysis"])
  .describe(
    "How the source attributes the claim: the holder's own quoted words, their words reported by someone, the journalist's narration, or an analyst's view.",
  );
export type Attribution = z.infer<typeof Attribution>;

export const ClaimKind = z.enum(["position", "report", "assessment", "outcome", "fact"]);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Stance = z
  .enum(["supports", "opposes", "demands", "conditional", "open", "neutral"])
  .describe("The holder's stance towards the claim's issues.");
export type Stance = z.infer<typeof Stance>;

export const OutcomeStatus = z
  .enum(["agreed", "not-agreed", "claimed", "planned", "uncertain"])
  .describe("The status of an outcome as the sources give it.");
export type OutcomeStatus = z.infer<typeof OutcomeStatus>;

export const DatePrecision = z.enum(["day", "month", "year", "decade"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const DateBasis = z
  .enum(["stated", "inferred"])
  .describe("Whether the text states the date or Parley infers it (see `inference`).");
export type DateBasis = z.infer<typeof DateBasis>;

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
      .enum(["almost", "more-than", "unqualified"])
      .describe("How the source qualifies the figure; unqualified: it gives the figure alone."),
    evidence: evidenceList,
  });

  const Summit = z.object({
    id: Id,
    name: Localized,
    date: z.object({ value: z.iso.date(), evidence: evidenceList }),
    place: Grounded,
    venue: Grounded,
    format: Grounded,
    durations: z.array(Duration).min(1).describe("The meeting's length, as each source reports it."),
    delegations: z.array(Delegation).min(2),
    participantIds: z.array(Id).min(2).describe("The leaders who met."),
    issueIds: z.array(Id).min(1),
  });

  const Issue = z.object({
    id: Id,
    label: Localized,
    status: z
      .enum(["discussed", "at-stake"])
      .describe("Discussed at the summit, or at stake in it without a report of discussion."),
    evidence: evidenceList,
  });

  const Claim = z.object({
    id: Id,
    kind: ClaimKind,
    holderId: Id.nullable().describe("Who holds the position; null for the journalist's own narration."),
    reporterId: Id.nullable().describe(
      "Who relays the holder's words inside the article (an official, an analyst, an agency); null when the article reports it directly.",
    ),
    attribution: Attribution,
    cue: z
      .string()
      .min(1)
      .nullable()
      .describe("The reporting verb or phrase, verbatim (menegaskan, mengklaim, kata, ...)."),
    issueIds: z.array(Id).min(1),
    stance: Stance,
    outcomeId: Id.optional(),
    summary: Localized,
    evidence: evidenceList,
  });

  const Outcome = z.object({
    id: Id,
    label: Localized,
    status: OutcomeStatus,
    claimedById: Id.optional().describe("For a claimed outcome: who claims it."),
    issueIds: z.array(Id),
    evidence: evidenceList,
  });

  const DiscrepancyVariant = z.object({ label: Localized, evidence: evidenceList });

  const Discrepancy = z.object({
    id: Id,
    question: Localized,
    issueIds: z.array(Id),
    variants: z.array(DiscrepancyVariant).min(2),
  });

  const TimelineEvent = z.object({
    id: Id,
    label: Localized,
    date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD"),
    precision: DatePrecision,
    basis: DateBasis,
    inference: Localized.optional().describe("For an inferred date: how Parley derived it."),
    actorIds: z.array(Id),
    evidence: evidenceList,
  });

  const Source = z.object({
    id: SourceId,
    language: z.literal("id"),
    title: z.string().min(1).describe("A short title written by Parley (Indonesian, from the text)."),
    outletId: Id.optional().describe("The outlet the text names as its publisher, if any."),
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
    Claim,
    Outcome,
    DiscrepancyVariant,
    Discrepancy,
    TimelineEvent,
    Source,
    Dataset,
  };
}

import * as z from "zod";
import {
  ActorKind,
  Attribution,
  ClaimKind,
  DateBasis,
  DatePrecision,
  DateRelation,
  DiscrepancyKind,
  Id,
  LanguageTag,
  Localized,
  Occasion,
  OutcomeStatus,
  Review,
  SourceId,
  SourceNoteKind,
  Stance,
  sourceIdString,
} from "../schema/model.ts";
import { DURATION_QUALIFIERS, ISSUE_STATUSES } from "../vocabulary.ts";

/**
 * The data files editors write: one summit file for the facts that gather evidence from several
 * sources (the summit, actors, issues, outcomes, discrepancies, timeline) and one file per source
 * for the facts that source grounds (its notes and claims). YAML or JSON, validated by the JSON
 * Schema made from these zod schemas.
 *
 * The files carry defaults the published model spells out: a file-level review that every fact
 * takes unless it has its own, a claim's subject that is its speaker unless said otherwise,
 * evidence that is a plain quote from the file's own source, and a quote written once and reused
 * by naming the claim that holds it.
 *
 * `ids` narrows every reference to the ids the dataset defines, so the schema written for one
 * dataset lets an editor's YAML plugin flag a bad reference as it is typed. Validation in the
 * build uses the open form and reports a bad reference with the nearest ids instead.
 */
export interface KnownIds {
  actors: readonly string[];
  issues: readonly string[];
  outcomes: readonly string[];
  claims: readonly string[];
}

// YAML reads a bare 003 as the number 3.
const SourceRef = sourceIdString({
  error: (issue) => (typeof issue.input === "number" ? 'write the source in quotes: "003"' : undefined),
}).describe(
  'A source: its id, or the part of its id before the first `_` ("003" for "003_f7f5…"); a number-like id in quotes.',
);

/**
 * The schemas of the data files; with `ids`, every reference is narrowed to the ids the dataset
 * defines (what the build writes for an editor's YAML plugin).
 */
export function fileSchemas(ids?: KnownIds) {
  const ref = (known: readonly string[] | undefined, what: string) =>
    known && known.length > 0 ? z.enum(known as [string, ...string[]]).describe(`The id of ${what}.`) : Id;
  const ActorRef = ref(ids?.actors, "an actor");
  const IssueRef = ref(ids?.issues, "an issue");
  const OutcomeRef = ref(ids?.outcomes, "an outcome");
  const ClaimRef = ref(ids?.claims, "a claim");

  const Quote = z
    .object({
      quote: z.string().min(1).describe("The verbatim text, copied from the source."),
      source: SourceRef.optional().describe("The source; in a source file, that file's source by default."),
      occurrence: z
        .number()
        .int()
        .positive()
        .optional()
        .describe("Which of several identical spans (1-based)."),
    })
    .strict();
  const SameAsClaim = z
    .object({ claim: ClaimRef.describe("Reuse this claim's evidence instead of writing its quote again.") })
    .strict();
  const Evidence = z
    .union([z.string().min(1).describe("A verbatim quote from this file's source."), Quote, SameAsClaim])
    .describe("A verbatim quote (text, or with its source or occurrence), or the evidence of a claim.");
  const EvidenceList = z.array(Evidence).min(1);

  const Grounded = z.object({ label: Localized, evidence: EvidenceList }).strict();

  const Role = z
    .object({
      role: Localized,
      organizationId: ActorRef.optional(),
      onBehalfOfId: ActorRef.optional(),
      evidence: EvidenceList,
    })
    .strict();

  const Actor = z
    .object({
      id: Id,
      kind: ActorKind,
      name: Localized,
      aliases: z.array(z.string().min(1)).min(1),
      roles: z.array(Role).default([]),
      review: Review.optional(),
    })
    .strict();

  const Summit = z
    .object({
      id: Id,
      name: Localized,
      date: z.object({ value: z.iso.date(), evidence: EvidenceList }).strict().optional(),
      place: Grounded.optional(),
      venue: Grounded.optional(),
      format: Grounded.optional(),
      durations: z
        .array(
          z
            .object({
              label: Localized,
              minutes: z.number().int().positive(),
              qualifier: z.enum(DURATION_QUALIFIERS),
              evidence: EvidenceList,
            })
            .strict(),
        )
        .default([]),
      delegations: z
        .array(
          z
            .object({
              sideId: ActorRef,
              leaderId: ActorRef,
              memberIds: z.array(ActorRef),
              evidence: EvidenceList,
            })
            .strict(),
        )
        .default([]),
      participantIds: z.array(ActorRef).min(2),
      review: Review.optional(),
    })
    .strict();

  const Issue = z
    .object({
      id: Id,
      label: Localized,
      status: z.enum(ISSUE_STATUSES),
      evidence: EvidenceList,
      review: Review.optional(),
    })
    .strict();

  const Outcome = z
    .object({
      id: Id,
      label: Localized,
      status: OutcomeStatus,
      claimedById: ActorRef.optional(),
      issueIds: z.array(IssueRef).default([]),
      evidence: EvidenceList,
      review: Review.optional(),
    })
    .strict();

  const Discrepancy = z
    .object({
      id: Id,
      kind: DiscrepancyKind,
      question: Localized,
      issueIds: z.array(IssueRef).default([]),
      variants: z.array(z.object({ label: Localized, evidence: EvidenceList }).strict()).min(2),
      review: Review.optional(),
    })
    .strict();

  const TimelineEvent = z
    .object({
      id: Id,
      label: Localized,
      date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD"),
      precision: DatePrecision,
      relation: DateRelation.default("on"),
      basis: DateBasis,
      inference: Localized.optional(),
      actorIds: z.array(ActorRef).default([]),
      evidence: EvidenceList,
      review: Review.optional(),
    })
    .strict();

  const SummitFile = z
    .object({
      $schema: z.string().optional(),
      review: Review.describe("The review every fact in this file has unless it states its own."),
      summit: Summit,
      actors: z.array(Actor).min(1),
      issues: z.array(Issue).min(1),
      outcomes: z.array(Outcome).default([]),
      discrepancies: z.array(Discrepancy).default([]),
      timeline: z.array(TimelineEvent).default([]),
    })
    .strict()
    .describe("A summit's facts that gather evidence from several sources.");

  const Claim = z
    .object({
      id: Id,
      kind: ClaimKind,
      speakerIds: z.array(ActorRef).default([]).describe("Who asserts it; leave out for narration."),
      subjectIds: z
        .array(ActorRef)
        .optional()
        .describe("Whose position or action it is about; the speakers when left out."),
      reporterId: ActorRef.nullable().default(null),
      attribution: Attribution,
      cue: z.string().min(1).nullable().default(null),
      occasion: Occasion.nullable().default(null),
      stances: z
        // Partial: with the dataset's issue ids as keys, a plain record would require every issue.
        .partialRecord(IssueRef, Stance)
        .refine((stances) => Object.keys(stances).length > 0, "give at least one issue and its stance")
        .describe("The subject's stance on each issue the claim is about: `issue-id: stance`."),
      outcomeId: OutcomeRef.optional(),
      inference: Localized.optional(),
      summary: Localized,
      evidence: EvidenceList,
      review: Review.optional(),
    })
    .strict();

  const SourceNote = z
    .object({
      id: Id,
      kind: SourceNoteKind,
      label: Localized,
      evidence: EvidenceList,
      review: Review.optional(),
    })
    .strict();

  const SourceFile = z
    .object({
      $schema: z.string().optional(),
      id: SourceId,
      language: LanguageTag,
      title: z.string().min(1),
      outletId: ActorRef.optional(),
      review: Review.describe("The review every fact in this file has unless it states its own."),
      notes: z.array(SourceNote).default([]),
      claims: z.array(Claim).default([]),
    })
    .strict()
    .describe("One source and the facts it grounds.");

  return { Evidence, SummitFile, SourceFile };
}

const open = fileSchemas();
/** The summit file: the summit, actors, issues, outcomes, discrepancies and timeline. */
export const SummitFile = open.SummitFile;
/** A source file: one source, its notes and the claims it grounds. */
export const SourceFile = open.SourceFile;
export type SummitFile = z.output<typeof SummitFile>;
export type SourceFile = z.output<typeof SourceFile>;
/** Evidence as a data file writes it: a quote, a quote with its source or occurrence, or a claim whose evidence it reuses. */
export type EvidenceRef = z.output<ReturnType<typeof fileSchemas>["Evidence"]>;

import type * as z from "zod";
import type { AuthoredDataset } from "../schema/authored.ts";
import type { EvidenceInput, Review } from "../schema/model.ts";
import { type EvidenceRef, SourceFile, SummitFile } from "./format.ts";

/** A data file as read: its name (for messages) and its parsed YAML or JSON. */
export interface DataFile {
  name: string;
  data: unknown;
}

type Issue = z.core.$ZodIssue;

/**
 * Where a value matches none of a union's shapes, zod says only "Invalid input". When exactly
 * one shape matched the value's form and failed on a field (a quote whose source is a number),
 * that field's problem is the one to tell the editor.
 */
function explain(issue: Issue, path: readonly PropertyKey[]): { path: PropertyKey[]; message: string }[] {
  const here = [...path, ...issue.path];
  if (issue.code === "invalid_union") {
    const specific = issue.errors.filter((list) => list.length > 0 && list.every((i) => i.path.length > 0));
    if (specific.length === 1) return (specific[0] as Issue[]).flatMap((i) => explain(i, here));
  }
  return [{ path: here, message: issue.message }];
}

const issuesOf = (name: string, error: z.ZodError) =>
  error.issues
    .flatMap((issue) => explain(issue, []))
    .map((i) => `${name}: ${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`);

/**
 * Turns a summit file and its source files into the authored dataset: defaults filled in, short
 * source ids resolved, quotes reused by claim id copied from that claim, stances listed per issue
 * and derived lists derived. Every problem is collected and named by file and fact, so an editor
 * sees them all at once; quotes are grounded afterwards, by `groundDataset`. The dataset is null
 * only when a file does not have the shape of its schema.
 */
export function assembleDataset(
  summitFile: DataFile,
  sourceFiles: readonly DataFile[],
): { dataset: AuthoredDataset | null; problems: string[] } {
  const problems: string[] = [];
  const summitParsed = SummitFile.safeParse(summitFile.data);
  if (!summitParsed.success) problems.push(...issuesOf(summitFile.name, summitParsed.error));
  const sources: { name: string; file: SourceFile }[] = [];
  for (const { name, data } of sourceFiles) {
    const parsed = SourceFile.safeParse(data);
    if (parsed.success) sources.push({ name, file: parsed.data });
    else problems.push(...issuesOf(name, parsed.error));
  }
  if (!summitParsed.success || problems.length > 0) return { dataset: null, problems };
  const summit = summitParsed.data;

  const sourceIds = sources.map((s) => s.file.id);
  const resolveSource = (where: string, ref: string | undefined, fallback: string | undefined) => {
    if (ref === undefined) {
      if (fallback === undefined)
        problems.push(`${where}: say which source the quote is from (source: <its id>)`);
      return fallback ?? "";
    }
    const found = sourceIds.filter((id) => id === ref || id.startsWith(`${ref}_`));
    if (found.length !== 1) problems.push(`${where}: no source file for source "${ref}"`);
    return found[0] ?? ref;
  };

  // Claims first: other facts may reuse a claim's quotes by naming it.
  const claimEvidence = new Map<string, { where: string; refs: EvidenceRef[]; source: string }>();
  for (const { name, file } of sources) {
    for (const claim of file.claims) {
      claimEvidence.set(claim.id, {
        where: `${name}: claim ${claim.id}`,
        refs: claim.evidence,
        source: file.id,
      });
    }
  }
  const resolving = new Set<string>();
  const evidence = (where: string, refs: readonly EvidenceRef[], fileSource?: string): EvidenceInput[] =>
    refs.flatMap((ref): EvidenceInput[] => {
      if (typeof ref === "string")
        return [{ source: resolveSource(where, undefined, fileSource), exact: ref }];
      if ("claim" in ref) {
        const claim = claimEvidence.get(ref.claim);
        if (claim === undefined || resolving.has(ref.claim)) {
          problems.push(`${where}: ${claim ? "circular reference to" : "unknown"} claim "${ref.claim}"`);
          return [];
        }
        resolving.add(ref.claim);
        const reused = evidence(claim.where, claim.refs, claim.source);
        resolving.delete(ref.claim);
        return reused;
      }
      const source = resolveSource(where, ref.source, fileSource);
      return [
        ref.occurrence === undefined
          ? { source, exact: ref.quote }
          : { source, exact: ref.quote, occurrence: ref.occurrence },
      ];
    });
  const reviewed = (own: Review | undefined, fallback: Review) => own ?? fallback;

  const s = summit.summit;
  const at = (what: string) => `${summitFile.name}: ${what}`;
  const dataset: AuthoredDataset = {
    summit: {
      id: s.id,
      name: s.name,
      ...(s.date && {
        date: { value: s.date.value, evidence: evidence(at("summit.date"), s.date.evidence) },
      }),
      ...(s.place && {
        place: { label: s.place.label, evidence: evidence(at("summit.place"), s.place.evidence) },
      }),
      ...(s.venue && {
        venue: { label: s.venue.label, evidence: evidence(at("summit.venue"), s.venue.evidence) },
      }),
      ...(s.format && {
        format: { label: s.format.label, evidence: evidence(at("summit.format"), s.format.evidence) },
      }),
      durations: s.durations.map((d, i) => ({
        ...d,
        evidence: evidence(at(`summit.durations[${i}]`), d.evidence),
      })),
      delegations: s.delegations.map((d) => ({
        ...d,
        evidence: evidence(at(`summit.delegation ${d.sideId}`), d.evidence),
      })),
      participantIds: s.participantIds,
      issueIds: summit.issues.map((issue) => issue.id),
      review: reviewed(s.review, summit.review),
    },
    sources: sources.map(({ name, file }) => ({
      id: file.id,
      language: file.language,
      title: file.title,
      ...(file.outletId === undefined ? {} : { outletId: file.outletId }),
      notes: file.notes.map((note) => ({
        ...note,
        evidence: evidence(`${name}: note ${note.id}`, note.evidence, file.id),
        review: reviewed(note.review, file.review),
      })),
    })),
    actors: summit.actors.map((actor) => ({
      ...actor,
      roles: actor.roles.map((role, i) => ({
        ...role,
        evidence: evidence(at(`actor ${actor.id}.roles[${i}]`), role.evidence),
      })),
      review: reviewed(actor.review, summit.review),
    })),
    issues: summit.issues.map((issue) => ({
      ...issue,
      evidence: evidence(at(`issue ${issue.id}`), issue.evidence),
      review: reviewed(issue.review, summit.review),
    })),
    claims: sources.flatMap(({ name, file }) =>
      file.claims.map(({ stances, subjectIds, ...claim }) => ({
        ...claim,
        subjectIds: subjectIds ?? claim.speakerIds,
        stances: Object.entries(stances).flatMap(([issueId, stance]) =>
          stance ? [{ issueId, stance }] : [],
        ),
        evidence: evidence(`${name}: claim ${claim.id}`, claim.evidence, file.id),
        review: reviewed(claim.review, file.review),
      })),
    ),
    outcomes: summit.outcomes.map((outcome) => ({
      ...outcome,
      evidence: evidence(at(`outcome ${outcome.id}`), outcome.evidence),
      review: reviewed(outcome.review, summit.review),
    })),
    discrepancies: summit.discrepancies.map((d) => ({
      ...d,
      variants: d.variants.map((v, i) => ({
        ...v,
        evidence: evidence(at(`discrepancy ${d.id}.variants[${i}]`), v.evidence),
      })),
      review: reviewed(d.review, summit.review),
    })),
    timeline: summit.timeline.map((event) => ({
      ...event,
      evidence: evidence(at(`timeline ${event.id}`), event.evidence),
      review: reviewed(event.review, summit.review),
    })),
  };
  // A bad reference leaves that fact without the evidence it named; the dataset is still returned,
  // so the later checks can report the problems of every other fact in the same run.
  return { dataset, problems };
}

import { type EntityKind, InvalidQueryError, UnknownIdError } from "./errors.ts";
import { facts } from "./facts.ts";
import type {
  Actor,
  ActorKind,
  Attribution,
  Claim,
  ClaimKind,
  Dataset,
  Discrepancy,
  DiscrepancyKind,
  Evidence,
  Issue,
  Occasion,
  Outcome,
  OutcomeStatus,
  Review,
  Source,
  SourceNote,
  Stance,
  Summit,
  TimelineEvent,
} from "./schema/index.ts";
import type { SourceView, Span } from "./schema/results.ts";
import { nearest } from "./suggest.ts";
import {
  ACTOR_KINDS,
  ATTRIBUTIONS,
  CLAIM_KINDS,
  DATE_BASES,
  DISCREPANCY_KINDS,
  ISSUE_STATUSES,
  OCCASIONS,
  OUTCOME_STATUSES,
  REVIEW_STATES,
  STANCES,
} from "./vocabulary.ts";

/** One value or several; filters match any of them. */
export type OneOrMany<T> = T | readonly T[];

/** Which actors `SummitModel.actors` returns; every field narrows. */
export interface ActorFilter {
  kind?: OneOrMany<ActorKind>;
  side?: OneOrMany<string>;
  source?: OneOrMany<string>;
}

/** Which issues `SummitModel.issues` returns; every field narrows. */
export interface IssueFilter {
  status?: OneOrMany<Issue["status"]>;
  source?: OneOrMany<string>;
}

/** Which claims `SummitModel.claims` returns; every field narrows, and each takes one value or several (any of them). */
export interface ClaimFilter {
  /** Claims the actor asserts, is the subject of, or relays. */
  actor?: OneOrMany<string>;
  /** Claims the actor asserts (speaker). */
  speaker?: OneOrMany<string>;
  /** Claims about the actor's position or action (subject). */
  subject?: OneOrMany<string>;
  /** Claims asserted by, or about, an actor of the side. */
  side?: OneOrMany<string>;
  issue?: OneOrMany<string>;
  source?: OneOrMany<string>;
  attribution?: OneOrMany<Attribution>;
  kind?: OneOrMany<ClaimKind>;
  /** Claims taking this stance on some issue (on one of `issue`, when both are given). */
  stance?: OneOrMany<Stance>;
  /** When it was said; `none` for narration, which has no occasion. */
  occasion?: OneOrMany<Occasion | "none">;
  review?: OneOrMany<Review["state"]>;
  outcome?: OneOrMany<string>;
}

/** Which outcomes `SummitModel.outcomes` returns; every field narrows. */
export interface OutcomeFilter {
  status?: OneOrMany<OutcomeStatus>;
  issue?: OneOrMany<string>;
  source?: OneOrMany<string>;
}

/** Which discrepancies `SummitModel.discrepancies` returns; every field narrows. */
export interface DiscrepancyFilter {
  kind?: OneOrMany<DiscrepancyKind>;
  issue?: OneOrMany<string>;
  source?: OneOrMany<string>;
}

/** Which events `SummitModel.timeline` returns; every field narrows. */
export interface TimelineFilter {
  basis?: OneOrMany<TimelineEvent["basis"]>;
  actor?: OneOrMany<string>;
  source?: OneOrMany<string>;
}

const list = <T>(value: OneOrMany<T> | undefined): readonly T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];

const sourcesOf = (evidence: readonly Evidence[]) => new Set(evidence.map((e) => e.source));

/** How a model is built beyond its dataset. */
export interface SummitModelOptions {
  /**
   * The search index `saveSearchIndex` stored for this same dataset, read on the first search
   * only; without it the first search builds the index.
   */
  searchIndex?: () => string;
}

/**
 * Freezes a value and everything it holds. A loop over a stack rather than recursion over
 * `Object.values`, which allocated an array per object: freezing a summit is on every cold start
 * (the bundled dataset: 3-5x faster this way). The data is plain JSON, so `for…in` sees own keys only.
 */
function deepFreeze<T>(root: T): T {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown>;
    if (value === null || typeof value !== "object" || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const key in value) stack.push(value[key]);
  }
  return root;
}

/**
 * The queries over one summit's dataset. Pure and synchronous: built once from a validated
 * dataset, with lookup maps so that filters and comparisons do not rescan the data.
 */
export class SummitModel {
  readonly summit: Summit;
  private readonly actorsById: Map<string, Actor>;
  private readonly issuesById: Map<string, Issue>;
  private readonly claimsById: Map<string, Claim>;
  private readonly outcomesById: Map<string, Outcome>;
  private readonly discrepanciesById: Map<string, Discrepancy>;
  private readonly sourcesById: Map<string, Source>;
  private readonly sideByActor = new Map<string, string | null>();

  /**
   * Models a dataset that has been validated (by `buildSummit` or `loadSummit`, which also load
   * its languages' stemmers). The dataset is frozen, deeply: a model is shared by every caller
   * (every request of a server), so none of them may change what the others see.
   */
  constructor(
    readonly dataset: Dataset,
    readonly options: SummitModelOptions = {},
  ) {
    deepFreeze(dataset);
    this.summit = dataset.summit;
    this.actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
    this.issuesById = new Map(dataset.issues.map((i) => [i.id, i]));
    this.claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
    this.outcomesById = new Map(dataset.outcomes.map((o) => [o.id, o]));
    this.discrepanciesById = new Map(dataset.discrepancies.map((d) => [d.id, d]));
    this.sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const actor of dataset.actors) this.sideByActor.set(actor.id, this.computeSide(actor));
  }

  // --- lookups --------------------------------------------------------------------------------

  actor(ref: string): Actor {
    return this.actorsById.get(this.resolveActorId(ref)) as Actor;
  }

  issue(id: string): Issue {
    return this.lookup("issue", this.issuesById, id);
  }

  claim(id: string): Claim {
    return this.lookup("claim", this.claimsById, id);
  }

  outcome(id: string): Outcome {
    return this.lookup("outcome", this.outcomesById, id);
  }

  discrepancy(id: string): Discrepancy {
    return this.lookup("discrepancy", this.discrepanciesById, id);
  }

  /** One source with its full text and the span of every fact that quotes it. */
  source(ref: string): SourceView {
    const source = this.sourcesById.get(this.resolveSourceId(ref)) as Source;
    return { source, spans: this.spansIn(source.id) };
  }

  sources(): readonly Source[] {
    return this.dataset.sources;
  }

  /**
   * Resolves an actor reference: an id, a name as the sources write it ("Lavrov", "AS"), or one
   * word of such a name that points at a single actor ("Rubio" for "Marco Rubio"), all
   * case-insensitive. Throws `UnknownIdError` with the nearest ids.
   */
  resolveActorId(ref: string): string {
    if (this.actorsById.has(ref)) return ref;
    const wanted = normalName(ref);
    for (const matches of [
      (name: string) => normalName(name) === wanted,
      (name: string) => normalName(name).split(" ").includes(wanted),
    ]) {
      const found = this.dataset.actors.filter((a) => namesOf(a).some(matches));
      if (found.length === 1) return (found[0] as Actor).id;
    }
    throw new UnknownIdError("actor", ref, nearest(ref, this.actorsById.keys()));
  }

  /** A source id, full or by its three-digit prefix ("003"). */
  resolveSourceId(ref: string): string {
    if (this.sourcesById.has(ref)) return ref;
    const byPrefix = [...this.sourcesById.keys()].filter((id) => id.startsWith(`${ref}_`));
    if (byPrefix.length === 1) return byPrefix[0] as string;
    throw new UnknownIdError("source", ref, nearest(ref, this.sourcesById.keys()));
  }

  /** The side (a state or alliance) an actor acts for, from its kind or its roles; null if none. */
  sideOf(actorId: string): string | null {
    return this.sideByActor.get(actorId) ?? null;
  }

  /** The actors that can be a side in a comparison: states and alliances. */
  sides(): Actor[] {
    return this.dataset.actors.filter(isSide);
  }

  /**
   * The sides a comparison shows when none are asked for: those the summit's participants act
   * for, in the summit's order; failing two of those, the delegations' sides; failing those, every
   * side.
   */
  defaultSides(): string[] {
    const distinct = (ids: readonly (string | null)[]) => [
      ...new Set(ids.filter((id): id is string => id !== null)),
    ];
    const candidates = [
      distinct(this.summit.participantIds.map((id) => this.sideOf(id))),
      distinct(this.summit.delegations.map((d) => d.sideId)),
    ];
    return candidates.find((sides) => sides.length >= 2) ?? this.sides().map((s) => s.id);
  }

  /**
   * Resolves a side reference as actors are resolved: its id, its name in any language, an
   * alias as the sources write it, or the initials of a multi-word name ("US", "AS"), case and
   * dots aside ("U.S."). Throws `UnknownIdError` with the sides whose names are nearest.
   */
  resolveSideId(ref: string): string {
    const sides = this.sides();
    const wanted = normalName(ref);
    const side = sides.find((a) => a.id === ref || namesOf(a).some((name) => normalName(name) === wanted));
    if (side) return side.id;
    // Suggest by every name, so that "Untied States" finds united-states; not by two-letter
    // abbreviations, which are a letter or two away from anything.
    const byName = new Map(
      sides.flatMap((a) =>
        namesOf(a)
          .filter((name) => name.length > 2)
          .map((name) => [slug(name), a.id] as const),
      ),
    );
    const near = nearest(slug(ref), byName.keys(), 10).map((name) => byName.get(name) as string);
    throw new UnknownIdError("side", ref, [...new Set(near)].slice(0, 3));
  }

  // --- lists and filters ----------------------------------------------------------------------

  actors(filter: ActorFilter = {}): Actor[] {
    const kinds = this.enumValues("kind", ACTOR_KINDS, filter.kind);
    const sides = list(filter.side)?.map((s) => this.resolveSideId(s));
    const sources = this.sourceIds(filter.source);
    return this.dataset.actors.filter(
      (a) =>
        (!kinds || kinds.includes(a.kind)) &&
        (!sides || sides.includes(this.sideOf(a.id) ?? "")) &&
        (!sources ||
          sources.some((id) => {
            const text = this.sourcesById.get(id)?.text ?? "";
            return a.aliases.some((alias) => text.includes(alias));
          })),
    );
  }

  issues(filter: IssueFilter = {}): Issue[] {
    const statuses = this.enumValues("status", ISSUE_STATUSES, filter.status);
    const sources = this.sourceIds(filter.source);
    return this.dataset.issues.filter(
      (i) => (!statuses || statuses.includes(i.status)) && this.inSources(i.evidence, sources),
    );
  }

  claims(filter: ClaimFilter = {}): Claim[] {
    const actors = this.actorIds(filter.actor);
    const speakers = this.actorIds(filter.speaker);
    const subjects = this.actorIds(filter.subject);
    const sides = list(filter.side)?.map((s) => this.resolveSideId(s));
    const issues = this.ids("issue", this.issuesById, filter.issue);
    const sources = this.sourceIds(filter.source);
    const attributions = this.enumValues("attribution", ATTRIBUTIONS, filter.attribution);
    const kinds = this.enumValues("kind", CLAIM_KINDS, filter.kind);
    const stances = this.enumValues("stance", STANCES, filter.stance);
    const occasions = this.enumValues("occasion", [...OCCASIONS, "none"] as const, filter.occasion);
    const reviews = this.enumValues("review", REVIEW_STATES, filter.review);
    const outcomes = this.ids("outcome", this.outcomesById, filter.outcome);
    const named = (wanted: readonly string[] | undefined, ids: readonly string[]) =>
      !wanted || ids.some((id) => wanted.includes(id));
    const ofSide = (id: string) => sides?.includes(this.sideOf(id) ?? "") ?? true;
    return this.dataset.claims.filter(
      (c) =>
        (!actors ||
          named(actors, c.speakerIds) ||
          named(actors, c.subjectIds) ||
          (c.reporterId !== null && actors.includes(c.reporterId))) &&
        named(speakers, c.speakerIds) &&
        named(subjects, c.subjectIds) &&
        (!sides || c.speakerIds.some(ofSide) || c.subjectIds.some(ofSide)) &&
        // A stance filter with an issue filter asks for that stance on those issues.
        c.stances.some(
          (s) => (!issues || issues.includes(s.issueId)) && (!stances || stances.includes(s.stance)),
        ) &&
        this.inSources(c.evidence, sources) &&
        (!attributions || attributions.includes(c.attribution)) &&
        (!kinds || kinds.includes(c.kind)) &&
        (!occasions || occasions.includes(c.occasion ?? "none")) &&
        (!reviews || reviews.includes(c.review.state)) &&
        (!outcomes || (c.outcomeId !== undefined && outcomes.includes(c.outcomeId))),
    );
  }

  outcomes(filter: OutcomeFilter = {}): Outcome[] {
    const statuses = this.enumValues("status", OUTCOME_STATUSES, filter.status);
    const issues = this.ids("issue", this.issuesById, filter.issue);
    const sources = this.sourceIds(filter.source);
    return this.dataset.outcomes.filter(
      (o) =>
        (!statuses || statuses.includes(o.status)) &&
        (!issues || o.issueIds.some((i) => issues.includes(i))) &&
        this.inSources(o.evidence, sources),
    );
  }

  discrepancies(filter: DiscrepancyFilter = {}): Discrepancy[] {
    const kinds = this.enumValues("kind", DISCREPANCY_KINDS, filter.kind);
    const issues = this.ids("issue", this.issuesById, filter.issue);
    const sources = this.sourceIds(filter.source);
    return this.dataset.discrepancies.filter(
      (d) =>
        (!kinds || kinds.includes(d.kind)) &&
        (!issues || d.issueIds.some((i) => issues.includes(i))) &&
        this.inSources(
          d.variants.flatMap((v) => v.evidence),
          sources,
        ),
    );
  }

  /** Dated events, earliest first. */
  timeline(filter: TimelineFilter = {}): TimelineEvent[] {
    const bases = this.enumValues("basis", DATE_BASES, filter.basis);
    const actors = this.actorIds(filter.actor);
    const sources = this.sourceIds(filter.source);
    return this.dataset.timeline
      .filter(
        (e) =>
          (!bases || bases.includes(e.basis)) &&
          (!actors || e.actorIds.some((a) => actors.includes(a))) &&
          this.inSources(e.evidence, sources),
      )
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  /** The notes of the sources the evidence comes from, which a reader needs beside it. */
  notesFor(evidence: readonly Evidence[]): SourceNote[] {
    return this.sourcesOfEvidence(evidence).flatMap((id) => this.sourcesById.get(id)?.notes ?? []);
  }

  /** The sources each piece of evidence comes from, in seed order. */
  sourcesOfEvidence(evidence: readonly Evidence[]): string[] {
    const found = sourcesOf(evidence);
    return this.dataset.sources.map((s) => s.id).filter((id) => found.has(id));
  }

  // --- internals ------------------------------------------------------------------------------

  private computeSide(actor: Actor): string | null {
    if (actor.kind === "state" || actor.kind === "alliance") return actor.id;
    const sides = actor.roles.map((r) => r.onBehalfOfId).filter((id): id is string => id !== undefined);
    return sides[0] ?? null;
  }

  private spansIn(sourceId: string): Span[] {
    const spans: Span[] = [];
    for (const { kind, id, evidence } of facts(this.dataset)) {
      for (const e of evidence) {
        if (e.source === sourceId) {
          spans.push({ start: e.position.start, end: e.position.end, exact: e.quote.exact, kind, id });
        }
      }
    }
    return spans.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private lookup<T>(kind: EntityKind, map: ReadonlyMap<string, T>, id: string): T {
    const found = map.get(id);
    if (found === undefined) throw new UnknownIdError(kind, id, nearest(id, map.keys()));
    return found;
  }

  private actorIds(value: OneOrMany<string> | undefined): string[] | undefined {
    return list(value)?.map((a) => this.resolveActorId(a));
  }

  private ids<T>(kind: EntityKind, map: ReadonlyMap<string, T>, value: OneOrMany<string> | undefined) {
    const wanted = list(value);
    for (const id of wanted ?? []) this.lookup(kind, map, id);
    return wanted;
  }

  private sourceIds(value: OneOrMany<string> | undefined): string[] | undefined {
    return list(value)?.map((ref) => this.resolveSourceId(ref));
  }

  private inSources(evidence: readonly Evidence[], sources: readonly string[] | undefined): boolean {
    return !sources || evidence.some((e) => sources.includes(e.source));
  }

  private enumValues<T extends string>(
    parameter: string,
    allowed: readonly T[],
    value: OneOrMany<T> | undefined,
  ): readonly T[] | undefined {
    const wanted = list(value);
    for (const v of wanted ?? []) {
      if (!allowed.includes(v)) {
        throw new InvalidQueryError(
          parameter,
          `Invalid ${parameter} "${v}". Expected one of: ${allowed.join(", ")}.`,
        );
      }
    }
    return wanted;
  }
}

/** A name as references are compared: case, dots ("U.S.") and runs of spaces aside. */
const normalName = (name: string) => name.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
/** A name as one word for `nearest`, which would otherwise also try each part after a "-". */
const slug = (name: string) => normalName(name).replace(/[^\p{L}\p{N}]+/gu, "_");

/**
 * Every way a reference may name an actor: its names in every language, its aliases, and for a
 * state or organisation the initials of a multi-word name, as "US" abbreviates "United States"
 * and "AS" "Amerika Serikat" (people are not called by their initials).
 */
function namesOf(actor: Actor): string[] {
  const names = Object.values(actor.name);
  const initials =
    actor.kind === "person"
      ? []
      : names
          .map((name) => name.split(/\s+/))
          .flatMap((words) => (words.length > 1 ? [words.map((w) => w[0]).join("")] : []));
  return [actor.id, ...names, ...actor.aliases, ...initials];
}

/** Whether an actor can be a side in a comparison: a state or an alliance, not a person or outlet. */
export const isSide = (actor: Pick<Actor, "kind">): boolean =>
  actor.kind === "state" || actor.kind === "alliance";

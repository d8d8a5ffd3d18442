import type {
  Actor,
  Claim,
  CompareOptions,
  Comparison,
  Discrepancy,
  Issue,
  Outcome,
  SearchHit,
  Source,
  SourceView,
  Summit,
  TimelineEvent,
} from "@parley/core";

/**
 * What the lists of sources carry: enough to name a source and to show its notes beside its
 * facts; its text comes with `source()`.
 */
export type SourceSummary = Pick<Source, "id" | "title" | "outletId" | "notes">;

/** A value now (embedded data) or later (the API). */
export type Awaitable<T> = T | Promise<T>;

/**
 * Where the screens and subcommands get the summit from. The embedded source answers
 * synchronously, so the first frame is drawn with data; the remote one answers with promises.
 * Both throw the core's `UnknownIdError` / `InvalidQueryError` for bad ids and queries.
 */
export interface DataSource {
  /** What is being browsed, for the header: "embedded data" or the API's URL. */
  readonly origin: string;
  summit(): Awaitable<Summit>;
  compare(options: CompareOptions): Awaitable<Comparison>;
  issues(): Awaitable<Issue[]>;
  actors(): Awaitable<Actor[]>;
  claim(id: string): Awaitable<Claim>;
  outcomes(): Awaitable<Outcome[]>;
  discrepancies(): Awaitable<Discrepancy[]>;
  timeline(): Awaitable<TimelineEvent[]>;
  sources(): Awaitable<SourceSummary[]>;
  /** A source by id or by its three-digit prefix ("003"), with every span that quotes it. */
  source(ref: string): Awaitable<SourceView>;
  search(query: string, limit?: number): Awaitable<SearchHit[]>;
}

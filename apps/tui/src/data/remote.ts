import type {
  Actor,
  Claim,
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
import { type EntityKind, InvalidQueryError, UnknownIdError } from "@parley/core";
import { UsageError } from "../cli/usage-error.ts";
import type { DataSource } from "./data-source.ts";
import { SUMMIT_ID } from "./embedded.ts";
import { RemoteUnavailableError } from "./remote-error.ts";

const TIMEOUT_MS = 5000;

/** An RFC 9457 problem as the API answers it; `suggestions` accompany an unknown id. */
interface Problem {
  title?: string;
  detail?: string;
  kind?: EntityKind;
  id?: string;
  suggestions?: string[];
}

/**
 * A deployed Parley API as the data source. The API's failures come back as the core's errors, so
 * the screens and subcommands report them exactly as with the embedded data.
 */
export async function remoteData(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<DataSource> {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new UsageError(`--api needs a URL such as http://localhost:8787, not "${baseUrl}".`);
  }
  const root = `${base.origin}${base.pathname.replace(/\/$/, "")}/v1/summits/${SUMMIT_ID}`;

  async function get<T>(path: string, query: Record<string, string | readonly string[] | undefined> = {}) {
    const url = new URL(`${root}${path}`);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined)
        url.searchParams.set(name, typeof value === "string" ? value : value.join(","));
    }
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      throw new RemoteUnavailableError(`cannot reach the Parley API at ${base.origin} (${cause}).`);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok && body !== undefined) return body as T;
    const problem = (body ?? {}) as Problem;
    if (response.status === 404 && problem.kind && problem.id !== undefined) {
      throw new UnknownIdError(problem.kind, problem.id, problem.suggestions ?? []);
    }
    if (response.status === 400) {
      throw new InvalidQueryError("query", problem.detail ?? problem.title ?? "The API refused the query.");
    }
    throw new RemoteUnavailableError(
      `the Parley API at ${base.origin} answered ${response.status} ${problem.title ?? response.statusText} for ${url.pathname}.`,
    );
  }

  const summit = await get<Summit>("");
  return {
    origin: base.origin,
    summit: () => summit,
    compare: (options) =>
      get<Comparison>("/compare", { issues: options.issues, sides: options.sides, actors: options.actors }),
    issues: () => get<Issue[]>("/issues"),
    actors: () => get<Actor[]>("/actors"),
    claim: (id) => get<Claim>(`/claims/${encodeURIComponent(id)}`),
    outcomes: () => get<Outcome[]>("/outcomes"),
    discrepancies: () => get<Discrepancy[]>("/discrepancies"),
    timeline: () => get<TimelineEvent[]>("/timeline"),
    sources: () => get<Source[]>("/sources"),
    source: (ref) => get<SourceView>(`/sources/${encodeURIComponent(ref)}`),
    search: (query, limit) => get<SearchHit[]>("/search", { q: query, limit: limit?.toString() }),
  };
}

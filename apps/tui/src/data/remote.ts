import { createClient } from "@parley/api/client";
import { type Claim, type EntityKind, InvalidQueryError, nearest, UnknownIdError } from "@parley/core";
import type { z } from "zod";
import type { DataSource } from "./data-source.ts";
import { DEFAULT_SUMMIT_ID } from "./embedded.ts";
import { InvalidApiUrlError, RemoteUnavailableError } from "./remote-error.ts";
import { DEFAULT_TIMEOUT_MS } from "./timeout.ts";
import { type Problem, WIRE, type Wire } from "./wire.ts";

export interface RemoteOptions {
  /** Give up on a request after this long. */
  timeoutMs?: number;
  /** The fetch to send requests with; tests pass an in-process app's `request`. */
  fetch?: typeof fetch;
  /** The summit to read (default the bundled one's id). */
  summitId?: string;
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: "connection refused (is it running?)",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
  ECONNRESET: "the connection was reset",
  EHOSTUNREACH: "host unreachable",
  UND_ERR_SOCKET: "the connection closed before an answer",
};

/** Why a request got no answer, in words: undici hides the system error in `cause`. */
function networkFailure(error: unknown, origin: string, timeoutMs: number): RemoteUnavailableError {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new RemoteUnavailableError(
      `the Parley API at ${origin} did not answer within ${timeoutMs} ms (a slow API needs a longer --timeout).`,
    );
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string }) : undefined;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  const reason =
    (code && NETWORK_ERRORS[code]) ??
    cause?.message ??
    (error instanceof Error ? error.message : String(error));
  return new RemoteUnavailableError(`cannot reach the Parley API at ${origin}: ${reason}.`);
}

// The API answers an unknown id in a query parameter with a 400 whose detail is the core's own
// message, `sides: Unknown side "Rusa". Did you mean "russia"?`; reading the kind and id back lets
// remote mode report it exactly as the embedded data does.
/** The core's error for a problem document that names one, else undefined. */
function domainError(problem: Problem): Error | undefined {
  // Unknown ids come as 404 (in the path) or 400 (in a query parameter), both naming the id.
  if (problem.kind && problem.id !== undefined) {
    return new UnknownIdError(problem.kind as EntityKind, problem.id, problem.suggestions ?? []);
  }
  if (problem.status !== 400) return undefined;
  return new InvalidQueryError(problem.errors?.[0]?.parameter ?? "query", problem.detail);
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** The first thing wrong with a body, e.g. `rows.0.cells: expected array, received undefined`. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "it does not match";
  return `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`;
}

/**
 * A deployed Parley API as the data source, through the API's typed client, so paths and query
 * parameters are checked against the server's routes at compile time, and every body against
 * the model's schemas at run time. Problems the core would have thrown (unknown ids, invalid
 * queries) come back as the core's errors, so the screens and subcommands report them exactly
 * as with the embedded data; anything else is a `RemoteUnavailableError` naming the URL.
 */
export async function remoteData(baseUrl: string, options: RemoteOptions = {}): Promise<DataSource> {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new InvalidApiUrlError(`--api needs a URL such as http://localhost:8787, not "${baseUrl}".`);
  }
  if (base.protocol !== "http:" && base.protocol !== "https:") {
    throw new InvalidApiUrlError(`--api needs an http or https URL, not "${baseUrl}".`);
  }
  const origin = base.href.replace(/\/$/, "");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Which path each response answers, for the messages: a Response built in process has no url.
  const paths = new WeakMap<Response, string>();
  const send = options.fetch ?? fetch;
  const fetchAndNote = (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await send(input, init);
    paths.set(response, new URL(input instanceof Request ? input.url : input).pathname);
    return response;
  }) as typeof fetch;
  const client = createClient(origin, { timeoutMs, fetch: fetchAndNote });
  const summitApi = client.v1.summits[":id"];
  const param = { id: options.summitId ?? DEFAULT_SUMMIT_ID };

  /** Sends one request and returns its validated body, or throws the error to report. */
  async function read<K extends keyof Wire>(
    kind: K,
    send: () => Promise<Response>,
  ): Promise<z.infer<Wire[K]["schema"]>> {
    const fail = (what: string) => new RemoteUnavailableError(`the Parley API at ${origin} ${what}.`);
    let response: Response;
    let text: string;
    try {
      response = await send();
      text = await response.text();
    } catch (error) {
      throw networkFailure(error, origin, timeoutMs);
    }
    const request = `GET ${paths.get(response) ?? new URL(origin).pathname}`;
    const type = response.headers.get("content-type") ?? "no content type";
    const answered = `answered ${request} with ${response.status}`;
    if (!/\bjson\b|\+json\b/.test(type)) throw fail(`${answered} ${type.split(";")[0]}, not JSON`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw fail(`${answered} and a body that is not valid JSON ("${shorten(text)}")`);
    }
    if (!response.ok) {
      const problem = WIRE.problem.schema.safeParse(body);
      if (!problem.success) throw fail(`${answered} ${response.statusText}`.trimEnd());
      throw domainError(problem.data) ?? fail(`${answered} ${problem.data.title}: ${problem.data.detail}`);
    }
    const parsed = WIRE[kind].schema.safeParse(body);
    if (!parsed.success) {
      throw fail(`${answered} but not ${WIRE[kind].what} (${firstIssue(parsed.error)})`);
    }
    return parsed.data as z.infer<Wire[K]["schema"]>;
  }

  const list = (ids: readonly string[] | undefined) => (ids === undefined ? undefined : ids.join(","));

  /** Every claim, page by page: the API has no single-claim route, and the set is small and fixed. */
  async function allClaims(): Promise<Claim[]> {
    const claims: Claim[] = [];
    let cursor: string | undefined;
    do {
      const page = await read("claims", () =>
        summitApi.claims.$get({ param, query: { limit: "200", ...(cursor ? { cursor } : {}) } }),
      );
      claims.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return claims;
  }
  let claims: Promise<Claim[]> | undefined;

  // The first frame needs the summit, the actors and the source names: fetched together, up
  // front, so an unreachable or wrong URL is reported before anything is drawn.
  const [summit, actors, sources] = await Promise.all([
    read("summit", () => summitApi.$get({ param, query: {} })),
    read("actors", () => summitApi.actors.$get({ param, query: {} })),
    read("sources", () => summitApi.sources.$get({ param, query: {} })),
  ]);

  return {
    origin,
    summit: () => summit,
    compare: (options) =>
      read("comparison", () =>
        summitApi.compare.$get({
          param,
          query: { issues: list(options.issues), sides: list(options.sides), actors: list(options.actors) },
        }),
      ),
    issues: async () => (await read("issues", () => summitApi.issues.$get({ param, query: {} }))).items,
    actors: () => actors.items,
    claim: async (id) => {
      claims ??= allClaims().catch((error: unknown) => {
        claims = undefined;
        throw error;
      });
      const all = await claims;
      const claim = all.find((c) => c.id === id);
      if (!claim) {
        throw new UnknownIdError(
          "claim",
          id,
          nearest(
            id,
            all.map((c) => c.id),
          ),
        );
      }
      return claim;
    },
    outcomes: async () => (await read("outcomes", () => summitApi.outcomes.$get({ param, query: {} }))).items,
    discrepancies: async () =>
      (await read("discrepancies", () => summitApi.discrepancies.$get({ param, query: {} }))).items,
    timeline: async () => (await read("timeline", () => summitApi.timeline.$get({ param, query: {} }))).items,
    sources: () => sources.items,
    // hc puts path parameters in the URL as they are: encode, so "../x" stays one segment.
    source: (ref) =>
      read("source", () =>
        summitApi.sources[":sourceId"].$get({
          param: { ...param, sourceId: encodeURIComponent(ref) },
          query: {},
        }),
      ),
    search: async (query, limit) =>
      (
        await read("search", () =>
          summitApi.search.$get({
            param,
            query: { q: query, ...(limit === undefined ? {} : { limit: String(limit) }) },
          }),
        )
      ).items,
  };
}

import { type EntityKind, InvalidQueryError, UnknownIdError } from "@parley/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { PROBLEM_TYPES, type ProblemSlug, problemTypeUri } from "./problem-types.ts";

/** One parameter-level error inside a problem document (an RFC 9457 extension member). */
export interface ParameterError {
  parameter: string;
  detail: string;
}

export interface ProblemInit {
  status: ContentfulStatusCode;
  /** The problem type, served at `/problems/{slug}`; its title is the type's, one per type (RFC 9457 §3.1.3). */
  slug: ProblemSlug;
  /** What went wrong with this request, and how to fix it. */
  detail: string;
  /** Extension members: suggestions, errors, allowed values. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** An error that already knows its HTTP answer; thrown anywhere, answered by `problemResponse`. */
export class Problem extends Error {
  constructor(readonly init: ProblemInit) {
    super(init.detail);
  }
}

/** The headers of every problem: its media type, and never cached. */
export const PROBLEM_HEADERS = {
  "content-type": "application/problem+json; charset=utf-8",
  // A problem describes this request, not the resource: never cache it.
  "cache-control": "no-store",
} as const;

/** The problem document itself, for answers built outside a Hono context (the answer cache, the Node server). */
export function problemJson(init: ProblemInit, instance?: string): string {
  return JSON.stringify({
    type: problemTypeUri(init.slug),
    title: PROBLEM_TYPES[init.slug].title,
    status: init.status,
    detail: init.detail,
    instance,
    ...init.extensions,
  });
}

/** The path of a request URL, without parsing the whole URL. */
export function pathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const end = url.search(/[?#]/);
  return start === -1 ? "/" : url.slice(start, end === -1 ? undefined : end);
}

export function problemResponse(c: Context, init: ProblemInit): Response {
  return c.body(problemJson(init, pathOf(c.req.url)), init.status, { ...PROBLEM_HEADERS, ...init.headers });
}

/**
 * An id that names nothing (the core's UnknownIdError has this shape), whose parts every problem
 * carries as extension members, so a client can act on them without parsing `detail`.
 */
export interface UnknownId {
  kind: string;
  id: string;
  suggestions: readonly string[];
  message: string;
}

/** The 404 for an id in the path that names nothing, with the nearest ids that do. */
export function unknownId({ kind, id, suggestions, message }: UnknownId): Problem {
  return new Problem({
    status: 404,
    slug: "unknown-id",
    detail: message,
    extensions: { kind, id, suggestions },
  });
}

/** The 400 for a query parameter the model cannot answer as given. */
export function invalidParameter(parameter: string, detail: string, extensions = {}): Problem {
  return new Problem({
    status: 400,
    slug: "invalid-parameter",
    detail,
    extensions: { errors: [{ parameter, detail }], ...extensions },
  });
}

/**
 * Runs a query driven by query parameters: an unknown id there is bad input (400, naming the
 * parameter and the nearest ids), not a missing resource (404). `parameters` names the query
 * parameter for each kind of id where it differs from the kind (e.g. `side` -> `sides`).
 */
export function fromQuery<T>(query: () => T, parameters: Partial<Record<EntityKind, string>> = {}): T {
  try {
    return query();
  } catch (error) {
    if (error instanceof UnknownIdError) {
      const parameter = parameters[error.kind] ?? error.kind;
      throw invalidParameter(parameter, `${parameter}: ${error.message}`, {
        parameter,
        kind: error.kind,
        id: error.id,
        suggestions: error.suggestions,
      });
    }
    throw error;
  }
}

/** Maps anything thrown while answering to a problem document; bad input never becomes a 500. */
export function toProblem(error: unknown): ProblemInit {
  if (error instanceof Problem) return error.init;
  if (error instanceof UnknownIdError) return unknownId(error).init;
  if (error instanceof InvalidQueryError) return invalidParameter(error.parameter, error.message).init;
  if (error instanceof HTTPException) {
    return {
      status: error.status,
      slug: "http-error",
      detail: error.message || `The request failed with status ${error.status}.`,
    };
  }
  return {
    status: 500,
    slug: "internal-error",
    detail: "The server failed to answer this request. Quote the X-Request-Id header when reporting it.",
  };
}

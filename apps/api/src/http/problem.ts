import { type EntityKind, InvalidQueryError, UnknownIdError } from "@parley/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type ProblemSlug, problemTypeUri } from "./problem-types.ts";

/** One parameter-level error inside a problem document (an RFC 9457 extension member). */
export interface ParameterError {
  parameter: string;
  detail: string;
}

export interface ProblemInit {
  status: ContentfulStatusCode;
  /** The problem type, served at `/problems/{slug}`. */
  slug: ProblemSlug;
  title: string;
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

export function problemResponse(c: Context, init: ProblemInit): Response {
  const body = {
    type: problemTypeUri(init.slug),
    title: init.title,
    status: init.status,
    detail: init.detail,
    instance: new URL(c.req.url).pathname,
    ...init.extensions,
  };
  return c.body(JSON.stringify(body), init.status, {
    "Content-Type": "application/problem+json; charset=utf-8",
    // A problem describes this request, not the resource: never cache it.
    "Cache-Control": "no-store",
    ...init.headers,
  });
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
    title: `Unknown ${kind}`,
    detail: message,
    extensions: { kind, id, suggestions },
  });
}

/** The 400 for a query parameter the model cannot answer as given. */
export function invalidParameter(parameter: string, detail: string, extensions = {}): Problem {
  return new Problem({
    status: 400,
    slug: "invalid-parameter",
    title: "Invalid query parameter",
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
      title: error.message || "Request failed",
      detail: error.message || `The request failed with status ${error.status}.`,
    };
  }
  return {
    status: 500,
    slug: "internal-error",
    title: "Internal server error",
    detail: "The server failed to answer this request. Quote the X-Request-Id header when reporting it.",
  };
}

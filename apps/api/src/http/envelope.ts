import type { MiddlewareHandler } from "hono";
import { allowedMethods, type RouteEntry } from "./methods.ts";
import { type ProblemInit, problemResponse } from "./problem.ts";

/** Longer URLs are refused before routing: no legitimate query needs more. */
const MAX_URL_LENGTH = 2048;
const MAX_QUERY_LENGTH = 1024;

/**
 * The headers every answer carries, problems included: open CORS for reads, and the secure
 * headers that matter for a JSON API (the legacy browser ones, X-XSS-Protection and the like, are
 * left out). Fixed, so they are built once instead of by a middleware each per request.
 */
const ENVELOPE_HEADERS = Object.entries({
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag,X-Request-Id,Allow",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "cross-origin",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=15552000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "SAMEORIGIN",
});

// What a client may send as X-Request-Id to have it echoed (as hono/request-id accepts).
const CLIENT_REQUEST_ID = /^[\w\-=]{1,255}$/;

/** The client's request id when it is a sane token, else a fresh UUID. */
export function requestIdOf(header: string | undefined | null): string {
  return header != null && CLIENT_REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

function urlTooLong(url: string): ProblemInit | undefined {
  const query = url.indexOf("?");
  const queryLength = query === -1 ? 0 : url.length - query - 1;
  if (url.length <= MAX_URL_LENGTH && queryLength <= MAX_QUERY_LENGTH) return undefined;
  return {
    status: 414,
    slug: "uri-too-long",
    title: "URI too long",
    detail: `URLs are limited to ${MAX_URL_LENGTH} characters and query strings to ${MAX_QUERY_LENGTH}; this one has ${url.length} and ${queryLength}. Narrow the filters.`,
  };
}

/** The 404 for a path no route serves. */
export const notFound = (path: string): ProblemInit => ({
  status: 404,
  slug: "not-found",
  title: "Not found",
  detail: `No resource at ${path.slice(0, 200)}. Start from /v1/summits, or see /docs.`,
});

/**
 * What every request goes through, as one middleware rather than a chain of four (each costs an
 * await and its own pass over the headers): the URL length guard, OPTIONS with `Allow` (and the
 * CORS preflight), then the fixed headers and the request id on whatever the answer is. The
 * guard and OPTIONS answer here, not by throwing, so their answers get the headers too.
 */
export function envelope(routes: () => readonly RouteEntry[]): MiddlewareHandler {
  return async (c, next) => {
    const requestId = requestIdOf(c.req.header("x-request-id"));
    const tooLong = urlTooLong(c.req.url);
    if (tooLong !== undefined) {
      c.res = problemResponse(c, tooLong);
    } else if (c.req.method === "OPTIONS") {
      const allow = allowedMethods(routes(), c.req.path);
      c.res =
        allow === undefined ? problemResponse(c, notFound(c.req.path)) : preflight(allow, c.req.header());
    } else {
      await next();
    }
    const headers = c.res.headers;
    for (const [name, value] of ENVELOPE_HEADERS) headers.set(name, value);
    headers.set("x-request-id", requestId);
  };
}

/** OPTIONS on a known resource: its `Allow`, and what a CORS preflight asks for. */
function preflight(allow: string, request: Record<string, string>): Response {
  const headers: Record<string, string> = {
    allow,
    "access-control-allow-methods": allow.replaceAll(" ", ""),
    "access-control-max-age": "86400",
  };
  const asked = request["access-control-request-headers"];
  if (asked) {
    headers["access-control-allow-headers"] = asked
      .split(",")
      .map((name) => name.trim())
      .join(",");
    headers.vary = "Access-Control-Request-Headers";
  }
  return new Response(null, { status: 204, headers });
}

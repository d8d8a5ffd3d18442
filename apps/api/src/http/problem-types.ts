/**
 * Every problem type the API answers with. A problem's `type` is the relative reference
 * `/problems/{slug}` (RFC 9457 §3.1.1 resolves it against the request URL), and the API serves
 * each one as this description, so the URI names something a client can read rather than an
 * invented host.
 */
export const PROBLEM_TYPES = {
  "not-found": {
    status: 404,
    title: "Not found",
    description: "No resource at this path. Start from /v1/summits, or see /docs.",
  },
  "unknown-id": {
    status: 404,
    title: "Unknown id",
    description:
      "An id in the path names nothing. `kind` says what it should name (summit, actor, source, ...), `id` repeats it as given, and `suggestions` lists the nearest valid ids, best first.",
  },
  "invalid-parameter": {
    status: 400,
    title: "Invalid parameter",
    description:
      "A query or path parameter is malformed, out of range, not one of the allowed values, or not a parameter the resource takes; `errors` lists each one with what is allowed. When a query parameter names an id that does not exist, the problem also carries `parameter`, `kind`, `id` and `suggestions` (the nearest valid ids).",
  },
  "method-not-allowed": {
    status: 405,
    title: "Method not allowed",
    description: "The API is read-only: every resource answers GET, HEAD and OPTIONS, listed in `Allow`.",
  },
  "not-acceptable": {
    status: 406,
    title: "Not acceptable",
    description:
      "The Accept header allows none of the representations the resource offers; `available` lists them.",
  },
  "precondition-failed": {
    status: 412,
    title: "Precondition failed",
    description:
      "`If-Match` names no current ETag of the resource, so the client's copy is not this one; GET it again without `If-Match`.",
  },
  "uri-too-long": {
    status: 414,
    title: "URI too long",
    description:
      "The URL or its query string is longer than any legitimate query needs; `detail` gives the limits. Narrow the filters.",
  },
  "http-error": {
    title: "Request failed",
    description:
      "The HTTP layer refused the request before any resource saw it (a header too large, a bad Host, a request too slow to arrive); `status` and `detail` say why.",
  },
  "internal-error": {
    status: 500,
    title: "Internal server error",
    description:
      "The server failed to answer. Quote the X-Request-Id response header when reporting it; retrying will not help until it is fixed.",
  },
} as const satisfies Record<string, { status?: number; title: string; description: string }>;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

export const PROBLEM_SLUGS = Object.keys(PROBLEM_TYPES) as ProblemSlug[];

export const problemTypeUri = (slug: ProblemSlug) => `/problems/${slug}`;

export function isProblemSlug(value: string): value is ProblemSlug {
  return Object.hasOwn(PROBLEM_TYPES, value);
}

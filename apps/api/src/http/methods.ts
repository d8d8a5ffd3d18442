import type { MiddlewareHandler } from "hono";
import { Problem } from "./problem.ts";

export const READ_METHODS = "GET, HEAD, OPTIONS";

interface RouteEntry {
  method: string;
  path: string;
}

/** A route path (`/v1/summits/:id/claims.csv`) as a regular expression over request paths. */
function pattern(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}/?$`);
}

const compiled = new WeakMap<readonly RouteEntry[], RegExp[]>();

/**
 * The `Allow` value for a path some route serves, or undefined when no route serves it. The API
 * is read-only, so every resource allows the same methods.
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string | undefined {
  let patterns = compiled.get(routes);
  if (patterns === undefined) {
    patterns = routes.filter((r) => r.method === "GET").map((r) => pattern(r.path));
    compiled.set(routes, patterns);
  }
  return patterns.some((p) => p.test(path)) ? READ_METHODS : undefined;
}

/** Answers OPTIONS on a known resource with its `Allow` (CORS preflights included). */
export function methodGuard(routes: () => readonly RouteEntry[]): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "OPTIONS") return next();
    const allow = allowedMethods(routes(), c.req.path);
    if (allow === undefined) {
      throw new Problem({
        status: 404,
        slug: "not-found",
        title: "Not found",
        detail: `No resource at ${c.req.path.slice(0, 200)}. Start from /v1/summits, or see /docs.`,
      });
    }
    await next();
    c.res.headers.set("Allow", allow);
  };
}

import type { Context } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import { type ProblemInit, problemResponse } from "./problem.ts";

interface RouteEntry {
  method: string;
  path: string;
}

/**
 * The 404 for a path no route serves. Paths are exact (Hono's strict routing): a trailing slash,
 * or a dot-segment that the URL parser resolves into one, names another resource, so the
 * problem points at the path that does exist rather than redirecting a read-only API.
 */
export function notFound(routes: () => readonly RouteEntry[]) {
  let resources: TrieRouter<string> | undefined;
  const served = (path: string) => {
    if (resources === undefined) {
      const router = new TrieRouter<string>();
      for (const route of routes()) if (route.method === "GET") router.add("GET", route.path, route.path);
      resources = router;
    }
    return resources.match("GET", path)[0].length > 0;
  };
  return (c: Context): Response => {
    const path = c.req.path.slice(0, 200);
    const trimmed = path.replace(/\/+$/, "");
    const hint = trimmed !== path && trimmed !== "" && served(trimmed) ? ` Did you mean ${trimmed}?` : "";
    const problem: ProblemInit = {
      status: 404,
      slug: "not-found",
      detail: `No resource at ${path}.${hint || " Start from /v1/summits, or see /docs."}`,
    };
    return problemResponse(c, problem);
  };
}

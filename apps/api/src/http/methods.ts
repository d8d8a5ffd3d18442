export const READ_METHODS = "GET, HEAD, OPTIONS";

export interface RouteEntry {
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

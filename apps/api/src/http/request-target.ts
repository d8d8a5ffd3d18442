import type { MiddlewareHandler } from "hono";
import { invalidParameter, problemResponse } from "./problem.ts";

/** Longer URLs are refused before routing: no legitimate query needs more. */
const MAX_URL_LENGTH = 2048;
const MAX_QUERY_LENGTH = 1024;

// `=5`, `&=5`: a value without a name, which Hono's query parser drops silently.
const EMPTY_NAME = /(?:^|&)=/;

/**
 * What no route's validation can see in the request target: a URL or query over the limits
 * (414), and a query parameter without a name (400). Hono has no stock part for either.
 */
export function requestTarget(): MiddlewareHandler {
  return async function requestTarget(c, next) {
    const url = c.req.url;
    const start = url.indexOf("?");
    const query = start === -1 ? "" : url.slice(start + 1);
    if (url.length > MAX_URL_LENGTH || query.length > MAX_QUERY_LENGTH) {
      c.res = problemResponse(c, {
        status: 414,
        slug: "uri-too-long",
        detail: `URLs are limited to ${MAX_URL_LENGTH} characters and query strings to ${MAX_QUERY_LENGTH}; this one has ${url.length} and ${query.length}. Narrow the filters.`,
      });
    } else if (EMPTY_NAME.test(query)) {
      const detail = 'A query parameter has an empty name ("=value", or "&=" in the query); remove it.';
      throw invalidParameter("(empty)", detail);
    } else {
      await next();
    }
  };
}

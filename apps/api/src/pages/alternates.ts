import type { MiddlewareHandler } from "hono";
import { pageOfJson } from "./paths.ts";

/**
 * Names the page that shows a JSON answer (`Link: <…>; rel="alternate"; type="text/html"`), so a
 * client holding data can hand a person the page. Only on answers that represent a resource;
 * the answer cache keeps the header with them.
 */
export function pageAlternates(): MiddlewareHandler {
  return async function pageAlternates(c, next) {
    await next();
    if (c.res.status !== 200 || !c.res.headers.get("content-type")?.startsWith("application/json")) return;
    const url = new URL(c.req.url);
    const page = pageOfJson(url.pathname, url.searchParams);
    if (page !== undefined) c.res.headers.append("Link", `<${page}>; rel="alternate"; type="text/html"`);
  };
}

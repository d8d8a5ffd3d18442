import type { Context, MiddlewareHandler } from "hono";
import { matchesEtag } from "./representation.ts";

/**
 * Whole answers to repeated reads, keyed by URL and Accept header. The data never changes while
 * the app runs, so once a URL has been validated, routed and answered, the same request gets the
 * same bytes and headers straight from memory; only X-Request-Id is fresh. The answer is sent as
 * a plain Response with a plain header object, the cheapest shape for every runtime's adapter.
 * Only answers that carry an ETag (the representations of data) are kept; problems never are.
 */
const MAX_ENTRIES = 1024;

interface Answer {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  headers: Record<string, string>;
  notModified: Record<string, string>;
}

// What hono/request-id accepts from a client, so a cached answer echoes the same ids.
const CLIENT_REQUEST_ID = /^[\w\-=]{1,255}$/;

export function requestIdOf(header: string | undefined): string {
  return header !== undefined && CLIENT_REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

/**
 * A request header. On Node the adapter hands over the IncomingMessage as `env.incoming`; reading
 * its headers directly spares @hono/node-server from building a full Request for every hit.
 */
function header(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: { headers?: Record<string, string | string[] | undefined> } })
    ?.incoming;
  if (incoming?.headers !== undefined) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  }
  return c.req.header(name);
}

export function answerCache(): MiddlewareHandler {
  const answers = new Map<string, Answer>();
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const key = `${header(c, "accept") ?? ""}\n${c.req.url}`;
    const answer = answers.get(key);
    if (answer !== undefined) {
      const requestId = requestIdOf(header(c, "x-request-id"));
      if (matchesEtag(header(c, "if-none-match"), answer.etag)) {
        return new Response(null, {
          status: 304,
          headers: { ...answer.notModified, "x-request-id": requestId },
        });
      }
      return new Response(answer.body, {
        status: 200,
        headers: { ...answer.headers, "x-request-id": requestId },
      });
    }
    await next();
    const etag = c.res.headers.get("ETag");
    if (c.res.status !== 200 || etag === null) return;
    const headers: Record<string, string> = {};
    c.res.headers.forEach((value, name) => {
      if (name !== "x-request-id") headers[name] = value;
    });
    const { "content-type": _type, "content-length": _length, ...notModified } = headers;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (answers.size >= MAX_ENTRIES) {
      const oldest = answers.keys().next().value;
      if (oldest !== undefined) answers.delete(oldest);
    }
    answers.set(key, { body, etag, headers, notModified });
  };
}

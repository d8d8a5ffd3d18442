import type { MiddlewareHandler } from "hono";
import { requestIdOf } from "./envelope.ts";
import { matchesEtag } from "./representation.ts";

/**
 * Whole answers to repeated reads. The data never changes while the app runs, so once a URL has
 * been validated, routed and answered, the same request (same URL, same Accept) gets the same
 * bytes and headers; only X-Request-Id is fresh. `record` keeps each answer that carries an ETag
 * (representations of data; problems never do), with its headers prebuilt; `serve` wraps the
 * app's fetch and answers a hit before Hono runs at all: no context, routing, middleware or
 * validation, since the same raw URL always validates the same way.
 */
const MAX_ENTRIES = 1024;

type Fetch<Env, Ctx> = (request: Request, env?: Env, executionCtx?: Ctx) => Response | Promise<Response>;

interface Answer {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  headers: Record<string, string>;
  notModified: Record<string, string>;
}

type NodeHeaders = Record<string, string | string[] | undefined>;

/**
 * The request headers as the runtime holds them. On Node the adapter hands over the
 * IncomingMessage as `env.incoming`; reading its plain header object spares @hono/node-server
 * from building a full Request for every hit.
 */
function headersOf(request: Request, env: unknown): (name: string) => string | undefined {
  const incoming = (env as { incoming?: { headers?: NodeHeaders } } | undefined)?.incoming;
  if (incoming?.headers !== undefined) {
    const headers = incoming.headers;
    return (name) => {
      const value = headers[name];
      return Array.isArray(value) ? value.join(", ") : value;
    };
  }
  return (name) => request.headers.get(name) ?? undefined;
}

const keyOf = (request: Request, header: (name: string) => string | undefined) =>
  `${header("accept") ?? ""}\n${request.url}`;

export class AnswerCache {
  readonly #answers = new Map<string, Answer>();

  /**
   * The app's fetch with hits answered first. A hit returns a Response synchronously, not a
   * promise, which @hono/node-server writes out on its fast path, as it does for a handler
   * that answers a fixed `c.json`.
   */
  serve<Env, Ctx>(fetch: Fetch<Env, Ctx>): Fetch<Env, Ctx> {
    return (request, env, executionCtx) => {
      if (request.method !== "GET") return fetch(request, env, executionCtx);
      const header = headersOf(request, env);
      const answer = this.#answers.get(keyOf(request, header));
      if (answer === undefined) return fetch(request, env, executionCtx);
      const requestId = requestIdOf(header("x-request-id"));
      if (matchesEtag(header("if-none-match"), answer.etag)) {
        return new Response(null, {
          status: 304,
          headers: { ...answer.notModified, "x-request-id": requestId },
        });
      }
      return new Response(answer.body, {
        status: 200,
        headers: { ...answer.headers, "x-request-id": requestId },
      });
    };
  }

  /** The middleware that keeps each answer worth keeping; it must run outside every other. */
  record(): MiddlewareHandler {
    return async (c, next) => {
      await next();
      if (c.req.method !== "GET" || c.res.status !== 200) return;
      const etag = c.res.headers.get("etag");
      if (etag === null) return;
      const headers: Record<string, string> = {};
      c.res.headers.forEach((value, name) => {
        if (name !== "x-request-id") headers[name] = value;
      });
      const { "content-type": _type, "content-length": _length, ...notModified } = headers;
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      if (this.#answers.size >= MAX_ENTRIES) {
        const oldest = this.#answers.keys().next().value;
        if (oldest !== undefined) this.#answers.delete(oldest);
      }
      this.#answers.set(keyOf(c.req.raw, headersOf(c.req.raw, c.env)), { body, etag, headers, notModified });
    };
  }
}

import type { MiddlewareHandler } from "hono";
import { acceptsGzip, gzip, MIN_COMPRESSED_BYTES } from "./content-coding.ts";
import { requestIdOf } from "./envelope.ts";
import { matchesEtag } from "./representation.ts";

/**
 * Whole answers to repeated reads. The data never changes while the app runs, so once a URL has
 * been validated, routed and answered, the same request (same URL, same Accept) gets the same
 * bytes and headers; only X-Request-Id is fresh. `record` keeps each answer that carries an ETag
 * (representations of data; problems never do), with its headers prebuilt; `serve` wraps the
 * app's fetch and answers a hit before Hono runs at all: no context, routing, middleware or
 * validation, since the same raw URL always validates the same way. An answer of 1 kB or more is
 * also kept gzipped, with its own strong ETag, for the clients whose Accept-Encoding takes gzip.
 */
const MAX_ENTRIES = 1024;

type Fetch<Env, Ctx> = (request: Request, env?: Env, executionCtx?: Ctx) => Response | Promise<Response>;

/** One encoding of an answer: its bytes, and its headers (its ETag among them) for a 200 and a 304. */
interface Variant {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string> & { etag: string };
  notModified: Record<string, string>;
}

interface Answer {
  identity: Variant;
  gzip?: Variant;
}

function variantOf(body: Uint8Array<ArrayBuffer>, headers: Variant["headers"]): Variant {
  const { "content-type": _type, "content-length": _length, ...notModified } = headers;
  return { body, headers, notModified };
}

async function gzipped({ body, headers }: Variant): Promise<Variant> {
  const { "content-length": _length, ...rest } = headers;
  // A strong ETag names one representation; the gzipped bytes are another (RFC 9110 §8.8.3).
  const etag = `${headers.etag.slice(0, -1)}-gzip"`;
  return variantOf(await gzip(body), { ...rest, "content-encoding": "gzip", etag });
}

function respond(
  variant: Variant,
  ifNoneMatch: string | undefined,
  requestId: string,
  head = false,
): Response {
  const notModified = matchesEtag(ifNoneMatch, variant.headers.etag);
  const init: ResponseInit & { encodeBody?: "manual" } = {
    status: notModified ? 304 : 200,
    headers: withRequestId(notModified ? variant.notModified : variant.headers, requestId),
  };
  // The body is already gzipped. Workers would gzip it again unless told (their ResponseInit's
  // encodeBody); the other runtimes ignore the option.
  if (variant.headers["content-encoding"] !== undefined) init.encodeBody = "manual";
  return new Response(notModified || head ? null : variant.body, init);
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

/**
 * A fresh copy of an answer's headers with this request's id. Object.assign, not a spread: V8
 * copies a dozen properties by spread ~8x slower, and on Node that was a quarter of the
 * throughput of a cached answer (bench/run.mjs).
 */
function withRequestId(headers: Record<string, string>, requestId: string): Record<string, string> {
  const copy = Object.assign({}, headers);
  copy["x-request-id"] = requestId;
  return copy;
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
      // HEAD gets what GET would, without the body (RFC 9110 §9.3.2).
      const head = request.method === "HEAD";
      if (request.method !== "GET" && !head) return fetch(request, env, executionCtx);
      const header = headersOf(request, env);
      const answer = this.#answers.get(keyOf(request, header));
      if (answer === undefined) return fetch(request, env, executionCtx);
      const variant =
        answer.gzip !== undefined && acceptsGzip(header("accept-encoding")) ? answer.gzip : answer.identity;
      return respond(variant, header("if-none-match"), requestIdOf(header("x-request-id")), head);
    };
  }

  /** The middleware that keeps each answer worth keeping; it must run outside every other. */
  record(): MiddlewareHandler {
    return async (c, next) => {
      await next();
      // Hono answers HEAD by running GET, so the body is here to keep either way.
      if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.res.status !== 200) return;
      const etag = c.res.headers.get("etag");
      if (etag === null) return;
      const headers: Variant["headers"] = { etag };
      c.res.headers.forEach((value, name) => {
        if (name !== "x-request-id") headers[name] = value;
      });
      const identity = variantOf(new Uint8Array(await c.res.clone().arrayBuffer()), headers);
      const answer: Answer =
        identity.body.byteLength >= MIN_COMPRESSED_BYTES
          ? { identity, gzip: await gzipped(identity) }
          : { identity };
      if (this.#answers.size >= MAX_ENTRIES) {
        const oldest = this.#answers.keys().next().value;
        if (oldest !== undefined) this.#answers.delete(oldest);
      }
      const header = headersOf(c.req.raw, c.env);
      this.#answers.set(keyOf(c.req.raw, header), answer);
      // The first answer is encoded as every later one will be.
      if (answer.gzip && acceptsGzip(header("accept-encoding"))) {
        const requestId = c.res.headers.get("x-request-id") ?? requestIdOf(undefined);
        // Hono copies the old response's headers onto a new one (the identity ETag among them)
        // unless the old one is cleared first.
        c.res = undefined;
        c.res = respond(answer.gzip, undefined, requestId);
      }
    };
  }
}

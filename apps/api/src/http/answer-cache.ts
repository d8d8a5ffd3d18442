import type { MiddlewareHandler } from "hono";
import { gzip, MIN_COMPRESSED_BYTES } from "./content-coding.ts";
import { type Coding, preferredCoding, preferredLanguage } from "./negotiation.ts";
import { PROBLEM_HEADERS, type ProblemInit, pathOf, problemJson } from "./problem.ts";
import { mediaTypeFor, type Offer } from "./representation.ts";
import { requestIdOf } from "./request-id.ts";

/**
 * Whole answers to repeated reads. The data never changes while the app runs, so once a URL has
 * been validated, routed and answered, a repeat that negotiates the same representation gets the
 * same bytes and headers; only X-Request-Id is fresh. `record` keeps each answer a route
 * represents (problems never are), and answers its conditional requests and encodings; `serve`
 * wraps the app's fetch and answers a hit before Hono runs at all: no context, routing,
 * middleware or validation, since the same request target always validates the same way.
 *
 * Entries are keyed by the request target (path and query) alone, never by Host or the raw
 * Accept or Accept-Language: each holds what the resource offers (media types, and the languages
 * of a page), and a repeat is negotiated against that, so a flood of distinct Accept headers finds
 * the one answer it negotiates to, and an HTML page is never served to a JSON client or in the
 * wrong language. The cache is bounded
 * by entries and by bytes, oldest dropped first.
 */
export interface AnswerCacheLimits {
  maxEntries?: number;
  maxBytes?: number;
  compression?: Compression;
}

/**
 * "app": answers of 1 kB or more are kept gzipped too, each encoding with its own strong ETag.
 * "platform" (Workers): the answer is kept as it is and the platform encodes it by what the
 * client accepts, after the app, so its ETag is weak: a strong one would name bytes the client
 * does not get (RFC 9110 §8.8.3).
 */
export type Compression = "app" | "platform";

// 8 MiB holds every answer of the bench's mixes many times over, and is a small share of a
// Workers isolate's 128 MB.
const DEFAULTS = { maxEntries: 1024, maxBytes: 8 * 2 ** 20, compression: "app" as Compression };

type Fetch<Env, Ctx> = (request: Request, env?: Env, executionCtx?: Ctx) => Response | Promise<Response>;
type HeaderOf = (name: string) => string | undefined;

/** One encoding of an answer: its bytes, its ETag, and its headers for a 200 and a 304. */
interface Variant {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  headers: Record<string, string>;
  notModified: Record<string, string>;
}

interface Answer {
  identity: Variant;
  gzip?: Variant;
  /** The headers every answer carries (CORS, secure headers), for the problems answered here. */
  envelope: Record<string, string>;
}

interface Entry {
  offer: Offer;
  /** By media type, and language for a page whose language Accept-Language chose. */
  answers: Map<string, Answer>;
  bytes: number;
}

const bytesOf = (answer: Answer) => answer.identity.body.byteLength + (answer.gzip?.body.byteLength ?? 0);

// Headers that describe one representation; the rest are the envelope every answer carries.
const REPRESENTATION_HEADERS = new Set([
  "etag",
  "cache-control",
  "vary",
  "content-type",
  "content-language",
  "content-length",
  "content-encoding",
  "content-disposition",
]);

function variantOf(
  body: Uint8Array<ArrayBuffer>,
  etag: string,
  envelope: Record<string, string>,
  representation: Record<string, string>,
): Variant {
  const validators = { etag, "cache-control": representation["cache-control"] ?? "" };
  if (representation.vary !== undefined) Object.assign(validators, { vary: representation.vary });
  // A 304 carries the validators and caching headers of the 200, no representation metadata
  // such as Content-Type or Content-Encoding (RFC 9110 §15.4.5).
  const notModified = { ...envelope, ...validators };
  const headers = { ...notModified, ...representation, etag, "content-length": String(body.byteLength) };
  return { body, etag, headers, notModified };
}

/** Entity tags of an If-Match or If-None-Match header; weak ones marked. */
function entityTags(header: string): { tag: string; weak: boolean }[] {
  return [...header.matchAll(/(W\/)?("[^"]*")/g)].map((m) => ({ tag: m[2] ?? "", weak: m[1] !== undefined }));
}

/** If-None-Match compares weakly, If-Match strongly (RFC 9110 §8.8.3.2). */
function matches(header: string, etag: string, strong: boolean): boolean {
  if (header.trim() === "*") return true;
  const weakEtag = etag.startsWith("W/");
  const opaque = weakEtag ? etag.slice(2) : etag;
  return entityTags(header).some(({ tag, weak }) => tag === opaque && !(strong && (weak || weakEtag)));
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

function problem(
  answer: Answer,
  init: ProblemInit,
  target: string,
  requestId: string,
  head: boolean,
): Response {
  const headers = withRequestId(Object.assign({}, answer.envelope, PROBLEM_HEADERS), requestId);
  return new Response(head ? null : problemJson(init, pathOf(target)), { status: init.status, headers });
}

const PRECONDITION_FAILED: ProblemInit = {
  status: 412,
  slug: "precondition-failed",
  detail:
    "If-Match names no current ETag of this resource: your copy is outdated or another representation. GET it again without If-Match.",
};

const codingNotAcceptable = (codings: readonly Coding[], header: string): ProblemInit => ({
  status: 406,
  slug: "not-acceptable",
  detail: `This answer is available as ${codings.join(" or ")}; the Accept-Encoding header "${header.slice(0, 200)}" refuses all of them.`,
  extensions: { available: codings },
});

/** Evaluates the client's preconditions (RFC 9110 §13.2.2) and answers with one encoding of an answer. */
function respond(
  answer: Answer,
  header: HeaderOf,
  target: string,
  requestId: string,
  head: boolean,
): Response {
  const acceptEncoding = header("accept-encoding");
  const coding = preferredCoding(acceptEncoding, answer.gzip !== undefined);
  const codings: Coding[] = answer.gzip === undefined ? ["identity"] : ["gzip", "identity"];
  if (coding === undefined)
    return problem(answer, codingNotAcceptable(codings, acceptEncoding ?? ""), target, requestId, head);
  const variant = coding === "gzip" && answer.gzip !== undefined ? answer.gzip : answer.identity;
  const ifMatch = header("if-match");
  if (ifMatch !== undefined && !matches(ifMatch, variant.etag, true)) {
    return problem(answer, PRECONDITION_FAILED, target, requestId, head);
  }
  const ifNoneMatch = header("if-none-match");
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, variant.etag, false)) {
    return new Response(null, { status: 304, headers: withRequestId(variant.notModified, requestId) });
  }
  // HEAD: GET's headers, Content-Length included, without the body (RFC 9110 §9.3.2).
  return new Response(head ? null : variant.body, { headers: withRequestId(variant.headers, requestId) });
}

type NodeIncoming = { url?: string; headers?: Record<string, string | string[] | undefined> };

/**
 * The request target and headers as the runtime holds them. On Node the adapter hands over the
 * IncomingMessage as `env.incoming`; reading its raw target and plain header object spares
 * @hono/node-server from building a full Request for every hit.
 */
function requestOf(request: Request, env: unknown): { target: string; header: HeaderOf } {
  const incoming = (env as { incoming?: NodeIncoming } | undefined)?.incoming;
  if (incoming?.headers !== undefined && incoming.url?.startsWith("/")) {
    const headers = incoming.headers;
    return {
      target: incoming.url,
      header: (name) => {
        const value = headers[name];
        return Array.isArray(value) ? value.join(", ") : value;
      },
    };
  }
  const url = request.url;
  return {
    target: url.slice(url.indexOf("/", url.indexOf("//") + 2)),
    header: (name) => request.headers.get(name) ?? undefined,
  };
}

export class AnswerCache {
  readonly #entries = new Map<string, Entry>();
  readonly #limits: Required<AnswerCacheLimits>;
  #bytes = 0;

  constructor(limits: AnswerCacheLimits = {}) {
    this.#limits = { ...DEFAULTS, ...limits };
  }

  /** How much the cache holds: answers' entries and their bytes, gzipped copies included. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  #lookup(target: string, header: HeaderOf): Answer | undefined {
    const entry = this.#entries.get(target);
    if (entry === undefined) return undefined;
    const type = mediaTypeFor(entry.offer, header("accept"));
    if (type === undefined) return undefined;
    // A page without `?lang=` is kept once per language, as the route negotiated it.
    const languages = entry.offer.languages;
    return (
      entry.answers.get(type) ??
      (languages && entry.answers.get(`${type};${preferredLanguage(header("accept-language"), languages)}`))
    );
  }

  #store(target: string, offer: Offer, type: string, answer: Answer): void {
    const bytes = bytesOf(answer);
    if (bytes > this.#limits.maxBytes) return;
    let entry = this.#entries.get(target);
    if (entry === undefined) {
      entry = { offer, answers: new Map(), bytes: target.length };
      this.#entries.set(target, entry);
      this.#bytes += entry.bytes;
    }
    const replaced = entry.answers.get(type);
    const added = bytes - (replaced === undefined ? 0 : bytesOf(replaced));
    entry.answers.set(type, answer);
    entry.bytes += added;
    this.#bytes += added;
    for (const [oldest, { bytes: held }] of this.#entries) {
      if (this.#entries.size <= this.#limits.maxEntries && this.#bytes <= this.#limits.maxBytes) break;
      if (oldest === target) continue;
      this.#entries.delete(oldest);
      this.#bytes -= held;
    }
  }

  /**
   * The app's fetch with hits answered first. A hit returns a Response synchronously, not a
   * promise, which @hono/node-server writes out on its fast path, as it does for a handler
   * that answers a fixed `c.json`.
   */
  serve<Env, Ctx>(fetch: Fetch<Env, Ctx>): Fetch<Env, Ctx> {
    return (request, env, executionCtx) => {
      const head = request.method === "HEAD";
      if (request.method !== "GET" && !head) return fetch(request, env, executionCtx);
      const { target, header } = requestOf(request, env);
      const answer = this.#lookup(target, header);
      if (answer === undefined) return fetch(request, env, executionCtx);
      return respond(answer, header, target, requestIdOf(header("x-request-id")), head);
    };
  }

  /** The middleware that keeps each represented answer and answers from it; it must run outside every other. */
  record(): MiddlewareHandler {
    return async (c, next) => {
      await next();
      const offer = c.get("offer");
      const represented = c.res.headers.get("etag");
      // Hono answers HEAD by running GET, so the body is here to keep either way.
      const read = c.req.method === "GET" || c.req.method === "HEAD";
      if (!read || c.res.status !== 200 || offer === undefined || represented === null) return;
      const byApp = this.#limits.compression === "app";
      const etag = byApp ? represented : `W/${represented}`;
      const envelope: Record<string, string> = {};
      const representation: Record<string, string> = {};
      c.res.headers.forEach((value, name) => {
        if (name !== "x-request-id")
          (REPRESENTATION_HEADERS.has(name) ? representation : envelope)[name] = value;
      });
      if (byApp) {
        representation.vary = representation.vary
          ? `${representation.vary}, Accept-Encoding`
          : "Accept-Encoding";
      }
      const body = new Uint8Array(await c.res.arrayBuffer());
      const identity = variantOf(body, etag, envelope, representation);
      const answer: Answer = { identity, envelope };
      if (byApp && body.byteLength >= MIN_COMPRESSED_BYTES) {
        // A strong ETag names one representation; the gzipped bytes are another (RFC 9110 §8.8.3).
        const gzipEtag = `${etag.slice(0, -1)}-gzip"`;
        answer.gzip = variantOf(await gzip(body), gzipEtag, envelope, {
          ...representation,
          "content-encoding": "gzip",
        });
      }
      const { target, header } = requestOf(c.req.raw, c.env);
      const type = representation["content-type"]?.split(";")[0] ?? "";
      const language = offer.languages && representation["content-language"];
      this.#store(target, offer, language ? `${type};${language}` : type, answer);
      const requestId = c.res.headers.get("x-request-id") ?? requestIdOf(undefined);
      // Hono copies the old response's headers onto a new one unless the old one is cleared first.
      c.res = undefined;
      c.res = respond(answer, header, target, requestId, c.req.method === "HEAD");
    };
  }
}

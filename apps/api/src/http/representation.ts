import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { type MediaType, preferredMediaType } from "./negotiation.ts";
import { Problem, type ProblemInit } from "./problem.ts";

export type { MediaType } from "./negotiation.ts";

const CONTENT_TYPE: Record<MediaType, string> = {
  "application/json": "application/json; charset=utf-8",
  "application/ld+json": "application/ld+json; charset=utf-8",
  "application/problem+json": "application/problem+json; charset=utf-8",
  "text/css": "text/css; charset=utf-8",
  "text/csv": "text/csv; charset=utf-8; header=present",
  "text/html": "text/html; charset=utf-8",
  "text/javascript": "text/javascript; charset=utf-8",
};

/** The data is fixed for a release: clients may reuse it for an hour, then revalidate by ETag. */
const CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";

/**
 * What a resource offers: the media types, and whether Accept chooses among them (false when a
 * file suffix such as `.csv` names the one). Kept with each answer so that the answer cache can
 * negotiate a repeated read as the route would, without running it.
 */
export interface Offer {
  types: readonly MediaType[];
  byAccept: boolean;
  /**
   * The languages a page is offered in when Accept-Language chooses among them (the reader's
   * pages without `?lang=`); its answers carry Content-Language and are kept one per language.
   */
  languages?: readonly string[];
}

declare module "hono" {
  interface ContextVariableMap {
    offer: Offer;
  }
}

function notAcceptable(offer: Offer, accept: string): ProblemInit {
  return {
    status: 406,
    slug: "not-acceptable",
    detail: `This resource is available as ${offer.types.join(", ")}; the Accept header "${accept.slice(0, 200)}" allows none of them.`,
    extensions: { available: offer.types },
  };
}

/** The media type an offer sends for an Accept header, or undefined when it allows none. */
export function mediaTypeFor(offer: Offer, accept: string | undefined): MediaType | undefined {
  return offer.byAccept ? preferredMediaType(accept, offer.types) : offer.types[0];
}

/**
 * Picks the representation to send: the one a file suffix names, whatever Accept says (the URL
 * is the more specific request), else the one the Accept header prefers among those offered.
 * Throws a 406 otherwise. Problem documents are always acceptable, so a client asking for JSON
 * can read errors too.
 */
export function negotiate(c: Context, offered: readonly MediaType[], suffix?: MediaType): MediaType {
  const offer: Offer =
    suffix === undefined ? { types: offered, byAccept: true } : { types: [suffix], byAccept: false };
  c.set("offer", offer);
  const accept = c.req.header("Accept");
  const type = mediaTypeFor(offer, accept);
  if (type === undefined) throw new Problem(notAcceptable(offer, accept ?? ""));
  return type;
}

const encoder = new TextEncoder();

async function strongEtag(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  let hex = "";
  for (const byte of digest.subarray(0, 16)) hex += byte.toString(16).padStart(2, "0");
  return `"${hex}"`;
}

/** A JSON answer typed by its body, so that a route answering the wrong shape fails to compile. */
type Represented<T> = T extends string ? Response : TypedResponse<JSONParsed<T>, 200, "json">;

/**
 * Answers with a representation of immutable data and a strong ETag (a hash of the bytes). The
 * answer cache, around every route, answers conditional requests and encodings from it.
 */
export async function represent<T>(
  c: Context,
  type: MediaType,
  build: () => T,
  extra: Record<string, string> = {},
): Promise<Represented<T>> {
  const built = build();
  const body = encoder.encode(typeof built === "string" ? built : JSON.stringify(built));
  const headers: Record<string, string> = {
    ...extra,
    ETag: await strongEtag(body),
    "Cache-Control": CACHE_CONTROL,
    "Content-Type": CONTENT_TYPE[type],
  };
  const offer = c.get("offer");
  if (offer?.byAccept !== false) headers.Vary = offer?.languages ? "Accept, Accept-Language" : "Accept";
  // The one cast: c.body is untyped, and T is what was encoded.
  return c.body(body, 200, headers) as unknown as Represented<T>;
}

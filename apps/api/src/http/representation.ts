import type { Context } from "hono";
import { qValue } from "./content-coding.ts";
import { Problem } from "./problem.ts";

export type MediaType = "application/json" | "application/ld+json" | "text/csv";

const CONTENT_TYPE: Record<MediaType, string> = {
  "application/json": "application/json; charset=utf-8",
  "application/ld+json": "application/ld+json; charset=utf-8",
  "text/csv": "text/csv; charset=utf-8; header=present",
};

/** The data is fixed for a release: clients may reuse it for an hour, then revalidate by ETag. */
export const CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";

const encoder = new TextEncoder();

async function strongEtag(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  let hex = "";
  for (const byte of digest.subarray(0, 16)) hex += byte.toString(16).padStart(2, "0");
  return `"${hex}"`;
}

export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Parses an Accept header into media ranges with their q-values, best first. */
function mediaRanges(accept: string): { range: string; q: number }[] {
  return accept
    .split(",")
    .map((part) => {
      const [range = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
      return { range, q: qValue(params) };
    })
    .filter((r) => r.range !== "" && r.q > 0)
    .sort((a, b) => b.q - a.q);
}

/**
 * Picks the representation to send: the one a file suffix names, else the best the Accept
 * header allows among those offered (the first offered wins ties). Throws a 406 otherwise.
 * Problem documents are always acceptable, so a client asking for JSON can read errors too.
 */
export function negotiate(c: Context, offered: readonly MediaType[], suffix?: MediaType): MediaType {
  if (suffix !== undefined) return suffix;
  const accept = c.req.header("Accept");
  const [first] = offered;
  if (first === undefined) throw new Error("negotiate() needs at least one offered media type");
  if (accept === undefined || accept.trim() === "") return first;
  for (const { range } of mediaRanges(accept)) {
    if (range === "*/*") return first;
    const wildcard = range.endsWith("/*") ? range.slice(0, -1) : undefined;
    const found = offered.find((type) => (wildcard ? type.startsWith(wildcard) : type === range));
    if (found) return found;
  }
  throw new Problem({
    status: 406,
    slug: "not-acceptable",
    title: "Not acceptable",
    detail: `This resource is available as ${offered.join(", ")}; the Accept header "${accept.slice(0, 200)}" allows none of them.`,
    extensions: { available: offered },
  });
}

/**
 * Answers with a representation of immutable data, with a strong ETag (a hash of the bytes) and
 * a 304 when the client already has it. Repeats are served by `answerCache` without coming here.
 */
export async function represent(
  c: Context,
  type: MediaType,
  build: () => string | object,
): Promise<Response> {
  const built = build();
  const body = encoder.encode(typeof built === "string" ? built : JSON.stringify(built));
  const etag = await strongEtag(body);
  // Accept picks the media type; Accept-Encoding whether the answer cache sends it gzipped.
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept, Accept-Encoding" };
  if (matchesEtag(c.req.header("If-None-Match"), etag)) return c.body(null, 304, headers);
  return c.body(body, 200, { ...headers, "Content-Type": CONTENT_TYPE[type] });
}

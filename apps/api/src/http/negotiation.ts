import { parseAccept } from "hono/utils/accept";

/**
 * Content negotiation (RFC 9110 §12) on top of Hono's header parser. The rules are Parley's: a
 * type or coding is weighed by the most specific range that names it, so `q=0` refuses it even
 * beside a wildcard; ties go to the first offered; a client that sends no Accept-Encoding gets
 * the bytes as they are.
 */

export type MediaType =
  | "application/json"
  | "application/ld+json"
  | "application/problem+json"
  | "text/css"
  | "text/csv"
  | "text/html"
  | "text/javascript";

export type Coding = "gzip" | "identity";

/** The q of the most specific range matching `type`: the type itself, then `major/*`, then `*\/*`. */
function mediaQuality(ranges: ReturnType<typeof parseAccept>, type: string): number {
  const major = `${type.slice(0, type.indexOf("/"))}/*`;
  let best: { specificity: number; q: number } | undefined;
  for (const range of ranges) {
    const name = range.type.toLowerCase();
    const specificity = name === type ? 3 : name === major ? 2 : name === "*/*" ? 1 : 0;
    if (specificity > (best?.specificity ?? 0)) best = { specificity, q: range.q };
  }
  return best?.q ?? 0;
}

/** The offered media type the Accept header prefers, or undefined when it allows none. */
export function preferredMediaType(
  accept: string | undefined,
  offered: readonly MediaType[],
): MediaType | undefined {
  if (accept === undefined || accept.trim() === "") return offered[0];
  const ranges = parseAccept(accept);
  let chosen: { type: MediaType; q: number } | undefined;
  for (const type of offered) {
    const q = mediaQuality(ranges, type);
    if (q > 0 && q > (chosen?.q ?? 0)) chosen = { type, q };
  }
  return chosen?.type;
}

/**
 * The offered language the Accept-Language header prefers (RFC 9110 §12.5.4, basic filtering): a
 * range matches a tag equal to it or starting with it and "-", `*` matches any; ties and a header
 * that allows none go to the first offered, since a page in some language beats a 406.
 */
export function preferredLanguage<L extends string>(
  acceptLanguage: string | undefined,
  offered: readonly L[],
): L {
  const fallback = offered[0] as L;
  if (acceptLanguage === undefined || acceptLanguage.trim() === "") return fallback;
  let chosen: { language: L; q: number } | undefined;
  for (const language of offered) {
    let best: { specificity: number; q: number } | undefined;
    for (const range of parseAccept(acceptLanguage)) {
      const name = range.type.toLowerCase();
      const specificity =
        name === language
          ? 3
          : language.startsWith(`${name}-`) || name.startsWith(`${language}-`)
            ? 2
            : name === "*"
              ? 1
              : 0;
      if (specificity > (best?.specificity ?? 0)) best = { specificity, q: range.q };
    }
    const q = best?.q ?? 0;
    if (q > 0 && q > (chosen?.q ?? 0)) chosen = { language, q };
  }
  return chosen?.language ?? fallback;
}

const IMPLICIT_IDENTITY_Q = 0.001;

/**
 * The coding to send among those an answer has (gzip only for answers worth compressing). gzip
 * counts when named (or as x-gzip) or matched by `*`; identity is acceptable unless refused by
 * `identity;q=0`, or by `*;q=0` without naming it (RFC 9110 §12.5.3). Undefined when the header
 * refuses every coding the answer has.
 */
export function preferredCoding(acceptEncoding: string | undefined, hasGzip: boolean): Coding | undefined {
  if (acceptEncoding === undefined) return "identity";
  let gzip: number | undefined;
  let identity: number | undefined;
  let any: number | undefined;
  for (const { type, q } of parseAccept(acceptEncoding)) {
    const coding = type.toLowerCase();
    if (coding === "gzip" || coding === "x-gzip") gzip = Math.max(gzip ?? 0, q);
    else if (coding === "identity") identity = q;
    else if (coding === "*") any = q;
  }
  const gzipQ = hasGzip ? (gzip ?? any ?? 0) : 0;
  // Not named, identity is still acceptable, but any coding the client names comes first.
  const identityQ = identity ?? any ?? IMPLICIT_IDENTITY_Q;
  if (gzipQ > 0 && gzipQ >= identityQ) return "gzip";
  return identityQ > 0 ? "identity" : undefined;
}

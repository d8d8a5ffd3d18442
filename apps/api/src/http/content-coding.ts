/**
 * gzip for cached answers. The data never changes, so each answer is compressed once, when the
 * answer cache records it, and sent to every client that accepts gzip: 13–18 kB of JSON become
 * 3–4 kB on the wire. CompressionStream is the same in Node, Bun, Deno and Workers.
 */

/** Smaller answers are sent as they are: gzip's header and a round trip cost more than they save. */
export const MIN_COMPRESSED_BYTES = 1024;

export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The q-value among a header element's parameters (RFC 9110 §12.4.2): 1 when absent, 0 when not a number. */
export function qValue(params: readonly string[]): number {
  const q = params.find((p) => p.startsWith("q="));
  if (q === undefined) return 1;
  const value = Number(q.slice(2));
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
}

/**
 * Whether an Accept-Encoding header (RFC 9110 §12.5.3) accepts gzip: named (or as x-gzip) with a
 * q-value above 0, or matched by `*` when not named. No header means identity: a client that
 * says nothing gets the bytes as they are.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  let named: number | undefined;
  let any: number | undefined;
  for (const element of header.split(",")) {
    const [coding = "", ...params] = element.split(";").map((part) => part.trim().toLowerCase());
    if (coding === "gzip" || coding === "x-gzip") named = Math.max(named ?? 0, qValue(params));
    else if (coding === "*") any = qValue(params);
  }
  return (named ?? any ?? 0) > 0;
}

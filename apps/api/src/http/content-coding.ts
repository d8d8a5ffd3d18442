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

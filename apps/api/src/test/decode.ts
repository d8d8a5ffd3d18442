/** A response's body as a client reads it: gzip undone, as fetch does. */
export async function decodedText(response: Response): Promise<string> {
  if (response.headers.get("content-encoding") !== "gzip" || response.body === null) return response.text();
  return new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).text();
}

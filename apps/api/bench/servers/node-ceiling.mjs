// The ceiling: Node's own HTTP server sending a fixed buffer, no framework at all. With
// CEILING_BODY_BASE64 and CEILING_HEADERS (a JSON object) it sends those very bytes and headers
// (one of Parley's cached answers, as Parley sends it) plus a fresh X-Request-Id, so a cached
// answer can be set beside a bare node:http server sending the same bytes.
import { createServer } from "node:http";

const body = process.env.CEILING_BODY_BASE64
  ? Buffer.from(process.env.CEILING_BODY_BASE64, "base64")
  : Buffer.from(JSON.stringify({ ok: true }));
const headers = process.env.CEILING_HEADERS
  ? JSON.parse(process.env.CEILING_HEADERS)
  : { "Content-Type": "application/json" };
createServer((_request, response) => {
  response.writeHead(200, { ...headers, "Content-Length": body.length, "X-Request-Id": crypto.randomUUID() });
  response.end(body);
}).listen(Number(process.env.PORT), "127.0.0.1");

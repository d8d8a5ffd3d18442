// The ceiling: Node's own HTTP server sending a fixed buffer, no framework at all.
import { createServer } from "node:http";

const body = Buffer.from(JSON.stringify({ ok: true }));
createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "application/json", "Content-Length": body.length });
  response.end(body);
}).listen(Number(process.env.PORT), "127.0.0.1");

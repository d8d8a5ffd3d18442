// The framework floor: Hono answering a fixed c.json, on @hono/node-server or on Bun. With
// FLOOR_JSON set it answers c.json of that fixed JSON (one of Parley's answers) instead. With
// FLOOR_BODY_BYTES set it answers a fixed, pre-encoded JSON body of that many bytes, and with
// FLOOR_HEADERS (a JSON object) those headers plus a fresh X-Request-Id, so a large answer can be
// set against the floor sending as many bytes and headers (extra bench rows).
import { Hono } from "hono";

const json = process.env.FLOOR_JSON ? JSON.parse(process.env.FLOOR_JSON) : { ok: true };
const bytes = Number(process.env.FLOOR_BODY_BYTES ?? 0);
const padded =
  bytes > 0 ? new TextEncoder().encode(`{"pad":"${"x".repeat(Math.max(0, bytes - 10))}"}`) : undefined;
const headers = process.env.FLOOR_HEADERS ? JSON.parse(process.env.FLOOR_HEADERS) : undefined;
const app = new Hono().get("*", (c) => {
  if (padded === undefined) return c.json(json);
  if (headers === undefined) return c.body(padded, 200, { "Content-Type": "application/json" });
  // A plain Response with a plain header object, copied with Object.assign as Parley's answer
  // cache does: the cheapest way to send them on either runtime (cheaper than c.body's Headers or
  // an object spread), so this row flatters nothing.
  const fresh = Object.assign({}, headers);
  fresh["X-Request-Id"] = crypto.randomUUID();
  return new Response(padded, { headers: fresh });
});
const port = Number(process.env.PORT);
if (typeof Bun === "undefined") {
  const { serve } = await import("@hono/node-server");
  serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
} else {
  Bun.serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
}

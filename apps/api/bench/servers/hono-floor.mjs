// The framework floor: Hono answering a fixed c.json, on @hono/node-server or on Bun. With
// FLOOR_BODY_BYTES set it answers a fixed, pre-encoded JSON body of that many bytes instead, and
// with FLOOR_HEADERS (a JSON object) those headers plus a fresh X-Request-Id, so a large answer
// can be set against the floor sending as many bytes and headers (extra bench rows).
import { Hono } from "hono";

const bytes = Number(process.env.FLOOR_BODY_BYTES ?? 0);
const padded =
  bytes > 0 ? new TextEncoder().encode(`{"pad":"${"x".repeat(Math.max(0, bytes - 10))}"}`) : undefined;
const headers = process.env.FLOOR_HEADERS ? JSON.parse(process.env.FLOOR_HEADERS) : undefined;
const app = new Hono().get("*", (c) => {
  if (padded === undefined) return c.json({ ok: true });
  if (headers === undefined) return c.body(padded, 200, { "Content-Type": "application/json" });
  // A plain Response with a plain header object: the cheapest way to send them on either runtime,
  // cheaper than c.body's Headers, so this row flatters nothing.
  return new Response(padded, { headers: { ...headers, "X-Request-Id": crypto.randomUUID() } });
});
const port = Number(process.env.PORT);
if (typeof Bun === "undefined") {
  const { serve } = await import("@hono/node-server");
  serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
} else {
  Bun.serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
}

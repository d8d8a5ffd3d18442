// The framework floor: Hono answering a fixed c.json, on @hono/node-server or on Bun. With
// FLOOR_BODY_BYTES set it answers a fixed, pre-encoded JSON body of that many bytes instead,
// so a large answer can be set against the floor sending as many bytes (an extra bench row).
import { Hono } from "hono";

const bytes = Number(process.env.FLOOR_BODY_BYTES ?? 0);
const padded =
  bytes > 0 ? new TextEncoder().encode(`{"pad":"${"x".repeat(Math.max(0, bytes - 10))}"}`) : undefined;
const app = new Hono().get("*", (c) =>
  padded === undefined ? c.json({ ok: true }) : c.body(padded, 200, { "Content-Type": "application/json" }),
);
const port = Number(process.env.PORT);
if (typeof Bun === "undefined") {
  const { serve } = await import("@hono/node-server");
  serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
} else {
  Bun.serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
}

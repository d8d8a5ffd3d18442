// The framework floor: Hono answering a fixed c.json, on @hono/node-server or on Bun.
import { Hono } from "hono";

const app = new Hono().get("*", (c) => c.json({ ok: true }));
const port = Number(process.env.PORT);
if (typeof Bun === "undefined") {
  const { serve } = await import("@hono/node-server");
  serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
} else {
  Bun.serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
}

import { serve } from "@hono/node-server";
import { createApp } from "../app.ts";
import { listenAddress } from "./listen.ts";

const { port, hostname } = listenAddress(process.env);
const server = serve({ fetch: createApp().fetch, port, hostname }, (info) => {
  process.stdout.write(`Parley API on http://${hostname}:${info.port} (docs at /docs)\n`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}

import { createApp } from "../app.ts";
import { listenAddress } from "./listen.ts";
import { createNodeServer } from "./node-server.ts";

const { port, hostname } = listenAddress(process.env);
const server = createNodeServer(createApp().fetch);
server.listen(port, hostname, () => {
  const address = server.address();
  const actual = typeof address === "object" && address !== null ? address.port : port;
  process.stdout.write(`Parley API on http://${hostname}:${actual} (docs at /docs)\n`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}

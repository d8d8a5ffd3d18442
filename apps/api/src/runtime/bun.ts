import { createApp } from "../app.ts";
import { listenAddress } from "./listen.ts";

// Bun serves a default export with `fetch`, `port` and `hostname`.
export default { fetch: createApp().fetch, ...listenAddress(process.env) };

import { exports } from "cloudflare:workers";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { describe } from "vitest";
import { asAClient } from "./as-a-client.ts";
import { MCP_PATH } from "./http.ts";

// The Worker itself (src/runtime/worker.ts, as wrangler.jsonc deploys it), called inside workerd.
describe("MCP over Streamable HTTP inside workerd", () => {
  asAClient(
    () =>
      new StreamableHTTPClientTransport(new URL(MCP_PATH, "http://parley.example"), {
        fetch: (url, init) => exports.default.fetch(new Request(url, init)),
      }),
    { readsUnknownResource: false },
  );
});

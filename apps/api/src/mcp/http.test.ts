import type { AddressInfo } from "node:net";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createNodeServer } from "../runtime/node-server.ts";
import { asAClient } from "./as-a-client.ts";
import { MCP_PATH } from "./http.ts";

// The app on Node's own HTTP server, as `pnpm start` serves it, on a free port.
const app = createApp();
const server = createNodeServer(app.fetch);
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("MCP over Streamable HTTP on Node", () => {
  asAClient(() => new StreamableHTTPClientTransport(new URL(MCP_PATH, base)));

  it("words an unknown id as the API does, with the same suggestions", async () => {
    const problem = await (
      await fetch(`${base}/v1/summits/alaska-2025/compare?sides=russsia,united-states`)
    ).json();
    const rpc = await post({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name: "compare_positions", arguments: { sides: ["russsia", "united-states"] } },
    });
    const body = await rpc.json();
    expect(body.result).toMatchObject({ isError: true, content: [{ type: "text", text: problem.detail }] });
  });
});

const post = (message: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${MCP_PATH}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      ...headers,
    },
    body: JSON.stringify(message),
  });

describe("/mcp beside the REST API", () => {
  const list = { jsonrpc: "2.0", id: 7, method: "tools/list" };

  it("answers each POST afresh: no ETag, never from the answer cache", async () => {
    const [first, second] = [await post(list), await post(list)];
    for (const res of [first, second]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("etag")).toBeNull();
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
    }
    expect(first.headers.get("x-request-id")).not.toBe(second.headers.get("x-request-id"));
    expect((await first.json()).result.tools).toHaveLength(9);
  });

  it("refuses GET (no event stream without a session) with 405 and Allow, and preflights POST", async () => {
    const get = await fetch(`${base}${MCP_PATH}`, { headers: { accept: "text/event-stream" } });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST, OPTIONS");
    expect((await get.json()).detail).toBe("GET is not allowed on /mcp. Use POST, OPTIONS.");
    const preflight = await fetch(`${base}${MCP_PATH}`, {
      method: "OPTIONS",
      headers: {
        origin: "https://assistant.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, mcp-protocol-version",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST,OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/mcp-protocol-version/);
  });

  it("leaves the REST API's methods as they were: POST elsewhere is still a 405", async () => {
    const res = await fetch(`${base}/v1/summits`, { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("answers a malformed message, a wrong media type and an oversized body without a 5xx", async () => {
    const malformed = await post({ hello: "world" });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe(-32700);
    const text = await fetch(`${base}${MCP_PATH}`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(text.status).toBe(415);
    const big = await post({ ...list, params: { padding: "x".repeat(70_000) } });
    expect(big.status).toBe(413);
  });
});

describe("where a client finds /mcp", () => {
  it("is linked from the API's index and named in the OpenAPI document", async () => {
    expect((await (await fetch(`${base}/`)).json()).links.mcp).toBe(MCP_PATH);
    const document = await (await fetch(`${base}/openapi.json`)).json();
    expect(document.info.description).toContain("`POST /mcp`");
  });
});

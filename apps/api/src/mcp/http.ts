import { StreamableHTTPTransport } from "@hono/mcp";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { createMcpServer } from "./server.ts";

/** Where the MCP server answers over Streamable HTTP. */
export const MCP_PATH = "/mcp";

/** What /mcp allows; GET (a server-sent event stream) is for sessions, which a stateless server has not. */
const MCP_METHODS = ["POST", "OPTIONS"];

/** A JSON-RPC message with the longest tool arguments is a few kB. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * MCP over Streamable HTTP, stateless: each POST gets a fresh server and transport, so no call
 * sees another's state and any isolate of any runtime can answer it; answers are plain JSON, not
 * an event stream. Never kept by the answer cache, which keeps GET answers only.
 */
export const mcpRoutes = new Hono()
  .post(MCP_PATH, bodyLimit({ maxSize: MAX_BODY_BYTES }), async (c) => {
    const server = createMcpServer();
    const transport = new StreamableHTTPTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    await server.connect(transport);
    try {
      return (await transport.handleRequest(c)) ?? c.body(null, 202);
    } catch (error) {
      // The transport answers a bad request (406, 415, a malformed message) with a JSON-RPC error.
      if (error instanceof HTTPException && error.res !== undefined) return error.getResponse();
      throw error;
    } finally {
      await server.close();
    }
  })
  .options(MCP_PATH, (c, next) => {
    c.header("Allow", MCP_METHODS.join(", "));
    return cors({ origin: "*", allowMethods: MCP_METHODS, maxAge: 86400 })(c, next);
  });

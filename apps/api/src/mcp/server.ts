import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { registerPrompts } from "./prompts.ts";
import { registerSourceResources } from "./resources.ts";
import { registerTools } from "./tools.ts";

const INSTRUCTIONS =
  "Parley answers who said what at a diplomatic summit (the Trump–Putin Alaska summit of 15 August 2025) from Indonesian news articles, each fact with the verbatim sentence that proves it. Cite evidence[].quote.exact with its source; summaries and labels are Parley's own translation. A claim's speaker (who asserts it), subject (whose position it is) and reporter (who relays it) are different: do not present hearsay or analysis as a side's own position.";

/**
 * Parley's MCP server: read-only tools over the registered summits, each source as a resource,
 * and the fact_check prompt. One definition for both transports: Streamable HTTP at /mcp
 * (./http.ts) and stdio for `parley mcp` (./stdio.ts).
 */
export function createMcpServer(): McpServer {
  const server = new McpServer(
    { name: "parley", title: "Parley", version: "1.0.0" },
    { instructions: INSTRUCTIONS },
  );
  registerTools(server);
  registerSourceResources(server);
  registerPrompts(server);
  return server;
}

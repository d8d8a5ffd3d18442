import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createMcpServer } from "./server.ts";

/** Serves Parley's MCP server on stdin and stdout (`parley mcp`), from the data in this process. */
export async function serveMcpOverStdio(): Promise<void> {
  await createMcpServer().connect(new StdioServerTransport());
}

/**
 * @parley/api/mcp: Parley's MCP server, for the CLI's `parley mcp` (stdio); the API serves the
 * same server at /mcp.
 */
export { createMcpServer } from "./server.ts";
export { serveMcpOverStdio } from "./stdio.ts";

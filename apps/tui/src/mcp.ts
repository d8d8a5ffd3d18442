// `parley mcp`: the API's MCP server over stdio. Its own entry so that the build bundles it, with
// the MCP SDK, apart from the CLI (dist/mcp.cjs), which loads it only for this command.
export { serveMcpOverStdio } from "@parley/api/mcp";

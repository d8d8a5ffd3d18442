import { readFileSync } from "node:fs";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { asAClient } from "@parley/api/mcp/as-a-client";
import { describe, expect, it } from "vitest";

// `parley mcp` as a desktop client launches it: the built bin, over stdio, offline.
const dist = new URL("../dist/", import.meta.url).pathname;

describe("parley mcp, over stdio", () => {
  asAClient(
    () =>
      new StdioClientTransport({ command: process.execPath, args: [`${dist}cli.js`, "mcp"], stderr: "pipe" }),
  );
});

describe("the CLI bundle", () => {
  it("leaves the MCP server and its SDK to dist/mcp.cjs, which only parley mcp loads", () => {
    const cli = readFileSync(`${dist}parley.cjs`, "utf8");
    expect(cli).toContain('require("./mcp.cjs")');
    expect(cli).not.toContain("notifications/initialized");
    expect(readFileSync(`${dist}mcp.cjs`, "utf8")).toContain("notifications/initialized");
  });
});

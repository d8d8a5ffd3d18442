import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// What is deployed is wrangler's own bundle of wrangler.jsonc's `main`, not dist/worker.js.
const root = fileURLToPath(new URL("..", import.meta.url));

describe("the deployed Worker", () => {
  // The core's search index, built at build time so that a new isolate's first search does not
  // tokenize and stem every text (~140 KiB of the total gzipped), is part of the bundle; so is the
  // MCP server at /mcp (~90 KiB: the MCP SDK, the ajv it loads on every runtime, zod's v3 layer),
  // and the reader's pages (~21 KiB).
  it("is wrangler's minified bundle, under 448 KiB gzipped", () => {
    const outdir = mkdtempSync(join(tmpdir(), "parley-deploy-"));
    const log = execFileSync(
      process.execPath,
      [`${root}node_modules/wrangler/bin/wrangler.js`, "deploy", "--dry-run", "--outdir", outdir],
      { cwd: root, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
    );
    expect(log).toMatch(/Total Upload: [\d.]+ KiB \/ gzip: [\d.]+ KiB/);
    const bundle = readFileSync(join(outdir, "worker.js"));
    // Minified: a few long lines, not one statement a line.
    expect(bundle.toString("utf8").split("\n").length).toBeLessThan(200);
    expect(gzipSync(bundle).length).toBeLessThan(448 * 1024);
  });
});

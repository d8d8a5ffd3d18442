import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("OpenAPI document", () => {
  it("passes Redocly's recommended-strict lint with no problems", async () => {
    const response = await createApp().request("/openapi.json");
    const file = join(mkdtempSync(join(tmpdir(), "parley-openapi-")), "openapi.json");
    writeFileSync(file, await response.text());
    const lint = spawnSync(
      `${root}node_modules/.bin/redocly`,
      ["lint", file, "--config", `${root}redocly.yaml`, "--format", "json"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf("{")));
    expect(report.problems).toEqual([]);
    expect(lint.status).toBe(0);
  });

  it("documents every route the app serves", async () => {
    const app = createApp();
    const document = await (await app.request("/openapi.json")).json();
    const documented = Object.keys(document.paths).map((path) => path.replace(/\{(\w+)\}/g, ":$1"));
    const served = app.routes
      .filter((r) => r.method === "GET" && !["/openapi.json", "/docs"].includes(r.path))
      .map((r) => r.path);
    expect(new Set(documented)).toEqual(new Set(served));
  });
});

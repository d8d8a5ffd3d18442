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
      .filter((r) => r.method === "GET" && !["/openapi.json", "/docs", "/docs/init.js"].includes(r.path))
      // The reader's pages and stylesheet are for people, not part of the API's contract.
      .filter((r) => !r.path.startsWith("/summits/") && !r.path.startsWith("/assets/"))
      // A parameter with a suffix is routed by a pattern (`:id{[^/]+\.jsonld}`): read it as `:id.jsonld`.
      .map((r) => r.path.replace(/:(\w+)\{[^}]*\\\.(\w+)\}/g, ":$1.$2"));
    expect(new Set(documented)).toEqual(new Set(served));
  });

  it("describes HEAD, OPTIONS, 304, 412, 500 and the headers of every answer, and says what else is a 405", async () => {
    const document = await (await createApp().request("/openapi.json")).json();
    type Response = { headers: Record<string, unknown>; content?: unknown };
    type Operation = { responses: Record<string, Response> };
    type Item = { description: string; get: Operation; head: Operation; options: Operation };
    for (const [path, item] of Object.entries<Item>(document.paths)) {
      expect(
        Object.keys(item)
          .filter((k) => k !== "description" && k !== "parameters")
          .sort(),
        path,
      ).toEqual(["get", "head", "options"]);
      expect(item.description, path).toMatch(/405/);
      const ok = item.get.responses["200"] as Response;
      expect(Object.keys(ok.headers).sort(), path).toEqual(
        ["Cache-Control", "Content-Encoding", "ETag", "Vary", "X-Request-Id"].sort(),
      );
      for (const status of ["304", "412", "500"])
        expect(item.get.responses[status], `${path} ${status}`).toBeDefined();
      expect(item.head.responses["200"]?.content, path).toBeUndefined();
      expect(Object.keys(item.options.responses["204"]?.headers ?? {}), path).toContain("Allow");
    }
    expect(Object.keys(document.components.headers)).toContain("ETag");
  });

  it("gives JSON-LD its own path and schema, and documents the caps", async () => {
    const document = await (await createApp().request("/openapi.json")).json();
    const graph = document.paths["/v1/summits/{id}.jsonld"];
    expect(graph.get.responses["200"].content["application/ld+json"].schema).toEqual({
      $ref: "#/components/schemas/SummitGraph",
    });
    const summitId = document.paths["/v1/summits/{id}"].get.parameters.find(
      (p: { name: string }) => p.name === "id",
    );
    expect(summitId.schema.description ?? summitId.description).not.toMatch(/jsonld/);
    const search = document.paths["/v1/summits/{id}/search"].get.parameters;
    const q = search.find((p: { name: string }) => p.name === "q");
    const limit = search.find((p: { name: string }) => p.name === "limit");
    expect(q.schema.maxLength).toBe(200);
    expect(q.description ?? q.schema.description).toMatch(/12 words/);
    expect(limit.schema.maximum).toBe(50);
    expect(limit.schema.type).toBe("integer");
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

describe("the published package", () => {
  it("is ESM, free of side effects, with types first in every export", () => {
    expect(pkg.type).toBe("module");
    expect(pkg.sideEffects).toBe(false);
    const published = pkg.publishConfig.exports["."];
    expect(Object.keys(published)[0]).toBe("types");
    expect(published).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
  });

  it("is clean under publint (strict)", async () => {
    const { messages } = await publint({ pkgDir: root, strict: true, pack: "npm" });
    expect(messages).toEqual([]);
  }, 60_000);

  it("ships the JSON Schema of the dataset", () => {
    const schema = JSON.parse(readFileSync(join(root, "dist/parley.schema.json"), "utf8"));
    expect(schema.$schema).toMatch(/2020-12/);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        "summit",
        "sources",
        "actors",
        "issues",
        "claims",
        "outcomes",
        "discrepancies",
        "timeline",
      ]),
    );
  });
});

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { registerSchema, validate } from "@hyperjump/json-schema/draft-2020-12";
import { publint } from "publint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

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

  it("refuses to be packed by npm, which would ship catalog: versions and source exports", () => {
    // As a developer's shell runs it: npm reads npm_config_* variables as its own configuration,
    // and under `pnpm test` they are pnpm's (its user agent among them).
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    const npm = spawnSync("npm", ["pack", "--dry-run", "--ignore-scripts=false"], {
      cwd: root,
      encoding: "utf8",
      env,
    });
    expect(npm.status).not.toBe(0);
    expect(npm.stderr).toContain("@parley/core is packed and published with pnpm");
    expect(pkg.dependencies.zod).toBe("catalog:");
    expect(pkg.exports["."]).toBe("./src/index.ts");
  });

  it("is clean under publint (strict)", async () => {
    const { messages } = await publint({ pkgDir: root, strict: true, pack: "npm" });
    expect(messages).toEqual([]);
  }, 60_000);

  it("exports the schemas of the dataset and of its data files", () => {
    for (const name of ["schema", "summit-file.schema", "source-file.schema"]) {
      const file = name === "schema" ? "parley.schema.json" : `parley.${name}.json`;
      expect(pkg.publishConfig.exports[`./${name}.json`]).toBe(`./dist/${file}`);
    }
  });

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

describe("the data files", () => {
  const dataDir = join(root, "src/data/alaska-2025");
  const files = readdirSync(dataDir).filter((name) => name.endsWith(".yaml"));
  const schemaFor = (name: string) => (name === "summit.yaml" ? "summit-file" : "source-file");
  const registered = new Map<string, Promise<(instance: unknown) => Promise<boolean>>>();
  const validator = (schemaPath: string) => {
    let found = registered.get(schemaPath);
    if (!found) {
      const uri = `https://parley.test/${schemaPath.replaceAll("/", "_")}`;
      registerSchema(JSON.parse(readFileSync(join(root, schemaPath), "utf8")), uri);
      found = Promise.resolve(async (instance: unknown) => (await validate(uri, instance as never)).valid);
      registered.set(schemaPath, found);
    }
    return found;
  };
  it("each validate against the published schema of their kind and the dataset's own, with its ids", async () => {
    expect(files).toEqual(expect.arrayContaining(["summit.yaml", "000.yaml", "004.yaml"]));
    for (const name of files) {
      const data = parse(readFileSync(join(dataDir, name), "utf8"));
      const published = await validator(`dist/parley.${schemaFor(name)}.schema.json`);
      const own = await validator(`src/generated/alaska-2025.${schemaFor(name)}.schema.json`);
      expect([name, await published(data)]).toEqual([name, true]);
      expect([name, await own(data)]).toEqual([name, true]);
    }
  });

  it("name their schema, so an editor's YAML plugin checks them as they are typed", () => {
    for (const name of files) {
      const first = readFileSync(join(dataDir, name), "utf8").split("\n")[0];
      expect(first).toBe(
        `# yaml-language-server: $schema=../../generated/alaska-2025.${schemaFor(name)}.schema.json`,
      );
    }
  });

  it("fail the dataset's own schema on a reference to an unknown id, which the generic schema allows", async () => {
    const data = parse(readFileSync(join(dataDir, "002.yaml"), "utf8"));
    data.claims[0].speakerIds = ["sergei-lavrov"];
    expect(await (await validator("dist/parley.source-file.schema.json"))(data)).toBe(true);
    expect(await (await validator("src/generated/alaska-2025.source-file.schema.json"))(data)).toBe(false);
    data.claims[0].attribution = "rumour";
    expect(await (await validator("dist/parley.source-file.schema.json"))(data)).toBe(false);
  });
});

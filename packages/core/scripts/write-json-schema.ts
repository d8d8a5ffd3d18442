/**
 * Build step: writes the JSON Schemas for users outside TypeScript: the published dataset, and
 * the data files an editor writes (a summit file and one file per source).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { SourceFile, SummitFile } from "../src/authoring/format.ts";
import { Dataset } from "../src/schema/index.ts";

const dist = join(dirname(fileURLToPath(import.meta.url)), "../dist");
mkdirSync(dist, { recursive: true });
for (const [file, schema, title, io] of [
  ["parley.schema.json", Dataset, "Parley summit dataset", "output"],
  ["parley.summit-file.schema.json", SummitFile, "Parley summit file", "input"],
  ["parley.source-file.schema.json", SourceFile, "Parley source file", "input"],
] as const) {
  const json = { ...z.toJSONSchema(schema, { target: "draft-2020-12", io }), title };
  writeFileSync(join(dist, file), `${JSON.stringify(json, null, 2)}\n`);
}

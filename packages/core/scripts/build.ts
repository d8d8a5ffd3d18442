/**
 * Build step: empties `dist/`, has `tsc` write the declarations, bundles each entry of the package
 * into it, and writes the JSON Schemas for users outside TypeScript (the published dataset, and
 * the data files an editor writes: a summit file and one file per source).
 *
 * The entries are bundled, with the part of Orama they use (its tokenizer and English stemmer),
 * because a cold start is mostly module loading: one file loads several times faster than the
 * same code in many. zod stays external, shared with the app, and is loaded only by the schema
 * and authoring entries; so do Orama's other stemmers, one small file per language, each loaded
 * only by the summits that need it.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { z } from "zod";
import { SourceFile, SummitFile } from "../src/authoring/format.ts";
import { Dataset } from "../src/schema/index.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
// A chunk of an earlier build would otherwise ship beside the new ones.
rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"],
  {
    cwd: root,
    stdio: "inherit",
  },
);

await build({
  entryPoints: ["index", "schema", "authoring"].map((name) => join(root, `src/${name}.ts`)),
  outdir: dist,
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2022",
  // Stemmers stay their own files, each loaded by the language that needs it.
  external: ["zod", "@orama/stemmers", "@orama/stemmers/*"],
  legalComments: "eof",
  // Less for a cold start to parse; names are kept, so stack traces stay readable.
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: "warning",
});
// Some of Orama's code ships inside the bundle, so its license ships beside it.
copyFileSync(join(root, "node_modules/@orama/orama/LICENSE.md"), join(dist, "LICENSE.orama.md"));
for (const [file, schema, title, io] of [
  ["parley.schema.json", Dataset, "Parley summit dataset", "output"],
  ["parley.summit-file.schema.json", SummitFile, "Parley summit file", "input"],
  ["parley.source-file.schema.json", SourceFile, "Parley source file", "input"],
] as const) {
  const json = { ...z.toJSONSchema(schema, { target: "draft-2020-12", io }), title };
  writeFileSync(join(dist, file), `${JSON.stringify(json, null, 2)}\n`);
}

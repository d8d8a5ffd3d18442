// Bundles one file per runtime into dist/, with the core compiled in from its TypeScript source,
// and prints the Worker bundle's minified+gzipped size (the data included).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const common = {
  bundle: true,
  format: "esm",
  target: "es2022",
  conditions: ["@parley/source"],
  legalComments: "none",
  logLevel: "warning",
};

mkdirSync("dist", { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ["src/runtime/node.ts"], outfile: "dist/node.js", platform: "node" }),
  build({ ...common, entryPoints: ["src/runtime/bun.ts"], outfile: "dist/bun.js", platform: "node" }),
  build({ ...common, entryPoints: ["src/runtime/deno.ts"], outfile: "dist/deno.js", platform: "browser" }),
  build({
    ...common,
    entryPoints: ["src/runtime/worker.ts"],
    outfile: "dist/worker.js",
    platform: "browser",
    conditions: ["workerd", "worker", "browser", "@parley/source"],
    minify: true,
    metafile: true,
  }),
]);

const worker = readFileSync("dist/worker.js");
const gzipped = gzipSync(worker, { level: 9 }).length;
const size = { minifiedBytes: worker.length, gzippedBytes: gzipped };
writeFileSync("dist/worker-size.json", `${JSON.stringify(size)}\n`);
console.log(
  `worker bundle: ${(worker.length / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzipped`,
);

/**
 * `pnpm bench`: the core's cold start, what a CLI, a serverless function or a new Workers isolate
 * pays before its first answer. Each figure is the wall time of a fresh process (or, on workerd, a
 * fresh runtime and isolate) that imports the built package and goes one step further per row,
 * beside the same runtime doing nothing, measured in the same run. Target on Node: import, model
 * and first search within 2x `node -e 0`. Then the size of what a bundler ships for a
 * compare-only app and for the whole package.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { Miniflare } from "miniflare";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist/index.js");
const require = createRequire(import.meta.url);
const RUNS = Number(process.env.COLD_RUNS ?? 15);

const steps = [
  ["nothing (the runtime's own start)", ""],
  ["import", `await import(${JSON.stringify(entry)});`],
  ["+ model", `const m = await import(${JSON.stringify(entry)}); const s = m.getSummit("alaska-2025");`],
  [
    "+ compare",
    `const m = await import(${JSON.stringify(entry)}); const s = m.getSummit("alaska-2025"); m.compare(s);`,
  ],
  [
    "+ first search",
    `const m = await import(${JSON.stringify(entry)}); const s = m.getSummit("alaska-2025"); m.compare(s); if (m.search(s, "kesepakatan damai").length === 0) throw new Error("no hits");`,
  ],
];

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall time of a fresh process running `code`, from spawn to exit. */
function fresh(command, args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(command, args, { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  }
  return median(times);
}

const runtimes = [
  ["Node", process.execPath, (code) => ["--input-type=module", "-e", code]],
  ["Bun", require.resolve("bun/bin/bun.exe"), (code) => ["-e", code]],
  ["Deno", require.resolve("deno/deno"), (code) => ["eval", "--no-prompt", "--ext=js", code]],
];

const fmt = (ms) => `${ms.toFixed(0)} ms`;
const rows = [];
for (const [name, command, args] of runtimes) {
  const figures = steps.map(([, code]) => fresh(command, args(code || "0;")));
  const base = figures[0];
  rows.push([
    name,
    ...figures.map((ms, i) => (i === 0 ? fmt(ms) : `${fmt(ms)} (${(ms / base).toFixed(2)}x)`)),
  ]);
}

// workerd: a fresh runtime with one isolate, until its first answer, for a worker that answers at
// once and for one that loads the summit, compares and searches. The core is bundled as a
// Workers deploy bundles it.
const bundle = (contents) =>
  buildSync({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["workerd", "worker", "browser"],
    minify: true,
    write: false,
    logLevel: "error",
  }).outputFiles[0].contents;
const worker = (body) =>
  new TextDecoder().decode(
    bundle(`${body ? `import { getSummit, compare, search } from "./dist/index.js";` : ""}
export default { fetch() { ${body} return new Response("ok"); } };`),
  );
async function workerd(script) {
  const times = [];
  for (let i = 0; i < Math.min(RUNS, 7); i++) {
    const started = performance.now();
    // cf: false, so no run fetches request metadata from the network.
    const mf = new Miniflare({ modules: true, script, compatibilityDate: "2026-04-01", cf: false });
    const answer = await mf.dispatchFetch("http://localhost/");
    await answer.text();
    times.push(performance.now() - started);
    await mf.dispose();
  }
  return median(times);
}
const emptyWorker = await workerd(worker(""));
const coreWorker = await workerd(
  worker(`const s = getSummit("alaska-2025"); compare(s); search(s, "kesepakatan damai");`),
);
rows.push([
  "workerd",
  fmt(emptyWorker),
  "",
  "",
  "",
  `${fmt(coreWorker)} (${(coreWorker / emptyWorker).toFixed(2)}x)`,
]);

const header = ["runtime", ...steps.map(([label]) => label)];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
console.log(
  `Cold start, fresh process, median of ${RUNS} (workerd: of ${Math.min(RUNS, 7)}), beside the runtime doing nothing:`,
);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log("Target: Node, import + model + first search within 2x `node -e 0`.\n");

console.log("What a bundler ships (esbuild, minified), beside the dataset's own JSON text:");
for (const [name, code] of [
  [
    "compare only",
    `import { getSummit, compare } from "./dist/index.js"; compare(getSummit("alaska-2025"));`,
  ],
  [
    "compare + search",
    `import { getSummit, compare, search } from "./dist/index.js"; const s = getSummit("alaska-2025"); compare(s); search(s, "x");`,
  ],
  ["the whole package", `export * from "./dist/index.js";`],
  [
    "baseline: the dataset's JSON text alone",
    `export { alaska2025Json } from "./src/generated/alaska-2025.ts";`,
  ],
]) {
  const bytes = bundle(code);
  console.log(
    `  ${name.padEnd(40)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KiB, ${(gzipSync(bytes).length / 1024).toFixed(0).padStart(4)} KiB gzipped`,
  );
}

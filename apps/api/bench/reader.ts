// The reader's bench: the weight of the compare page (HTML and CSS, gzipped, as a browser gets
// them; target < 60 KB) and the time to render each page on Node beside the time to answer the
// JSON resource it shows, both uncached (the answer cache keeps nothing), in the same run.
import { gzipSync } from "node:zlib";
import { createApp } from "../src/app.ts";
import { AnswerCache } from "../src/http/answer-cache.ts";

const ROUNDS = Number(process.env.BENCH_READER_ROUNDS ?? 200);
const WARMUP = 20;
const BROWSER = { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" };
// A cache that stores nothing: every request routes, validates and renders.
const app = createApp({ answers: new AnswerCache({ maxBytes: 0 }) });
const summit = "alaska-2025";
const claimId = "trump-accepted-invitation-per-lavrov";

const PAIRS: [string, string, string][] = [
  ["home", "/", "/"],
  ["compare", `/summits/${summit}/compare`, `/v1/summits/${summit}/compare`],
  ["claim", `/summits/${summit}/claims/${claimId}`, `/v1/summits/${summit}/claims/${claimId}`],
  ["source", `/summits/${summit}/sources/003`, `/v1/summits/${summit}/sources/003`],
  ["discrepancies", `/summits/${summit}/discrepancies`, `/v1/summits/${summit}/discrepancies`],
  ["timeline", `/summits/${summit}/timeline`, `/v1/summits/${summit}/timeline`],
  ["actors", `/summits/${summit}/actors`, `/v1/summits/${summit}/actors`],
  [
    "search",
    `/summits/${summit}/search?q=gencatan%20senjata`,
    `/v1/summits/${summit}/search?q=gencatan%20senjata`,
  ],
];

async function body(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers });
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Median time of one uncached answer, in ms. */
async function median(path: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < WARMUP; i++) await body(path, headers);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await body(path, headers);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const html = await body(`/summits/${summit}/compare`, BROWSER);
const css = await body("/assets/reader.css");
const gzipped = gzipSync(html).byteLength + gzipSync(css).byteLength;
console.log(
  `reader: compare page (all issues, default sides) HTML ${kb(html.byteLength)} + CSS ${kb(css.byteLength)}`,
);
console.log(
  `reader: gzipped ${kb(gzipSync(html).byteLength)} + ${kb(gzipSync(css).byteLength)} = ${kb(gzipped)} (target < 60 KB: ${gzipped < 60 * 1024 ? "met" : "NOT met"})`,
);
console.log(`reader: uncached answer on Node ${process.version}, median of ${ROUNDS}: page vs its JSON`);
for (const [name, page, json] of PAIRS) {
  const pageMs = await median(page, BROWSER);
  const jsonMs = await median(json);
  console.log(
    `  ${name.padEnd(14)} page ${pageMs.toFixed(2).padStart(7)} ms   JSON ${jsonMs.toFixed(2).padStart(7)} ms   ${(pageMs / jsonMs).toFixed(1)}x`,
  );
}

/**
 * `pnpm bench` for the core: validate, compare and search, each beside a JSON.parse of the same
 * data measured in the same run, at 1x and on synthetic datasets 10x, 100x and 1000x the size.
 * Targets at 1x: parse+validate < 20 ms, compare < 0.2 ms, search < 1 ms; at 1000x, cost per
 * unit of data no worse than at 1x (linear growth). The cold start is `cold-start.bench.mjs`.
 */
import { compare, type Dataset, getSummit, SummitModel, search } from "../src/index.ts";
import { Dataset as DatasetSchema } from "../src/schema.ts";

const parseDataset = (json: string): Dataset => DatasetSchema.parse(JSON.parse(json), { jitless: true });

const QUERY = "kesepakatan damai";

/** Median milliseconds per call, over at least `minMs` of calls (and at least 3 calls). */
function time(fn: () => unknown, minMs = 300): number {
  fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 3 || (performance.now() - started < minMs && samples.length < 10_000)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/** `factor` copies of the dataset, ids and sources renamed in every copy after the first so all stay distinct. */
function scaled(base: Dataset, factor: number): Dataset {
  if (factor === 1) return base;
  const copies = Array.from({ length: factor }, (_, k) => {
    // Copy 0 keeps the real ids, so the default comparison (US vs Russia) still has columns.
    if (k === 0) return base;
    const text = JSON.stringify({ ...base, summit: undefined })
      .replace(/"(\d{3})_[0-9a-f]{16}"/g, (_m, n) => `"${n}_${k.toString(16).padStart(16, "0")}"`)
      .replace(
        /"(id|issueId|reporterId|outcomeId|claimedById|organizationId|onBehalfOfId|sideId|leaderId)":"([a-z0-9-]+)"/g,
        (_m, key, id) => `"${key}":"${id}-k${k}"`,
      )
      .replace(
        /"(speakerIds|subjectIds|issueIds|actorIds|memberIds|participantIds)":\[([^\]]*)\]/g,
        (_m, key, ids: string) => `"${key}":[${ids.replace(/"([a-z0-9-]+)"/g, `"$1-k${k}"`)}]`,
      );
    return JSON.parse(text) as Omit<Dataset, "summit">;
  });
  const merged = (key: keyof Omit<Dataset, "summit">) => copies.flatMap((c) => c[key] as unknown[]);
  return {
    summit: base.summit,
    sources: merged("sources"),
    actors: merged("actors"),
    issues: merged("issues"),
    claims: merged("claims"),
    outcomes: merged("outcomes"),
    discrepancies: merged("discrepancies"),
    timeline: merged("timeline"),
  } as Dataset;
}

/** A full collection between measurements (the bench runs with --expose-gc). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

const base = getSummit("alaska-2025").dataset;
const rows: string[][] = [];
let perUnitAt1: Record<string, number> = {};
let growthAt1000 = "";
for (const factor of [1, 10, 100, 1000]) {
  const dataset = scaled(base, factor);
  const json = JSON.stringify(dataset);
  const budget = factor >= 100 ? 1500 : 400;
  // Queries first, each after a full collection, so that the garbage of the parse loops (hundreds
  // of MB at 1000x) is not collected inside another measurement.
  const model = new SummitModel(parseDataset(json));
  collectGarbage();
  const comparison = time(() => compare(model), budget);
  collectGarbage();
  const indexStart = performance.now();
  search(model, "x");
  const indexBuild = performance.now() - indexStart;
  collectGarbage();
  const query = time(() => search(model, QUERY), budget);
  collectGarbage();
  const parse = time(() => JSON.parse(json), budget);
  collectGarbage();
  const validate = time(() => new SummitModel(parseDataset(json)), budget);
  const perUnit = {
    parse: parse / factor,
    validate: validate / factor,
    compare: comparison / factor,
    search: query / factor,
  };
  if (factor === 1) perUnitAt1 = perUnit;
  if (factor === 1000) {
    const baselineGrowth = perUnit.parse / (perUnitAt1.parse ?? 1);
    growthAt1000 = (["validate", "compare", "search"] as const)
      .map((key) => `${key} ${(perUnit[key] / (perUnitAt1[key] ?? 1) / baselineGrowth).toFixed(2)}`)
      .join(", ");
  }
  rows.push([
    `${factor}x`,
    `${(json.length / 1024).toFixed(0)} KiB`,
    fmt(parse),
    fmt(validate),
    `${(validate / parse).toFixed(1)}x`,
    fmt(comparison),
    fmt(query),
    fmt(indexBuild),
    factor === 1
      ? "—"
      : (["parse", "validate", "compare", "search"] as const)
          .map((key) => (perUnit[key] / (perUnitAt1[key] ?? 1)).toFixed(2))
          .join(" / "),
  ]);
}

const header = [
  "scale",
  "JSON",
  "JSON.parse (baseline)",
  "parse+validate",
  "vs baseline",
  "compare (all issues)",
  `search "${QUERY}"`,
  "search index build",
  "cost per unit vs 1x (JSON.parse / validate / compare / search)",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  "\nTargets at 1x: parse+validate < 20 ms, compare < 0.2 ms, search < 1 ms. Growth: a per-unit cost near 1 is linear;\n" +
    "JSON.parse's own per-unit growth (the first figure) shows what memory pressure alone adds at that size.",
);
console.log(
  `At 1000x, per-unit growth relative to JSON.parse's own (≤ ~1: no faster than the baseline): ${growthAt1000}`,
);

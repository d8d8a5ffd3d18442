// The soak: the built Node server (dist/node.js) on 127.0.0.1 under wrk, 100 connections for
// 60 s, rotating through a mix of endpoints (one of them a deliberate 404). Reports req/s,
// p50/p99 latency, answers by status, errors (socket errors, timeouts and unexpected statuses)
// and the server's RSS at the end against right after warm-up. Loopback only, bounded in time;
// the server is killed at the end whatever happens. SOAK_DURATION, SOAK_WARMUP and
// SOAK_CONNECTIONS change the defaults (60s, 10s, 100).
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { freePort } from "./free-port.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const DURATION_S = Number.parseInt(process.env.SOAK_DURATION ?? "60", 10);
const WARMUP_S = Number.parseInt(process.env.SOAK_WARMUP ?? "10", 10);
const CONNECTIONS = Number.parseInt(process.env.SOAK_CONNECTIONS ?? "100", 10);
const MEMORY_TOLERANCE = 0.1;
const base = "/v1/summits/alaska-2025";

const NOT_FOUND = `${base}/actors/nobody-at-all`;
const MIX = [
  `${base}/compare`,
  `${base}/compare?actors=sergey-lavrov,marco-rubio`,
  `${base}/compare?sides=united-states,russia,ukraine&issues=ceasefire,sanctions`,
  `${base}/claims?side=russia&limit=20`,
  // Second pages: the cursor (it names the filter) is read from the first page once the server is up.
  `${base}/claims?side=russia&limit=20&cursor=NEXT`,
  `${base}/claims?issue=ceasefire,ukraine-war&attribution=direct-quote,reported-speech&limit=10`,
  `${base}/claims?limit=50&cursor=NEXT`,
  `${base}/actors/sergey-lavrov`,
  `${base}/actors/donald-trump`,
  `${base}/sources/003_541abc782ac656e9`,
  `${base}/search?q=gencatan%20senjata`,
  `${base}/search?q=sanctions&kind=claim&limit=5`,
  `${base}/timeline`,
  `${base}/outcomes?status=agreed,claimed`,
  `${base}/discrepancies`,
  `${base}.jsonld`,
  NOT_FOUND,
];

if (!existsSync(`${root}dist/node.js`)) {
  console.error(
    "dist/node.js is missing: run `pnpm --filter @parley/api build` first (the root `pnpm bench` does).",
  );
  process.exit(1);
}

/** The resident set size of a process, in KiB, from /proc (Linux). */
function rssKiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
}

// wrk rotates through the mix per thread and tallies statuses; done() prints one JSON line
// (latencies in microseconds) so nothing has to be scraped from wrk's table.
const luaFor = (mix) => `
local paths = { ${mix.map((p) => JSON.stringify(p)).join(", ")} }
local threads = {}
function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end
function init(args)
  counter = offset
  statuses = {}
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local byStatus = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      byStatus[status] = (byStatus[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(byStatus) do table.insert(parts, string.format('"%d":%d', status, n)) end
  local e = summary.errors
  io.write(string.format(
    'SOAK {"requests":%d,"durationUs":%d,"p50":%d,"p99":%d,"max":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"statuses":{%s}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, table.concat(parts, ",")))
end
`;
const script = join(mkdtempSync(join(tmpdir(), "parley-soak-")), "mix.lua");

/** The mix with each second page's cursor, as the first page gives it. */
async function resolvedMix(origin) {
  const mix = [];
  for (const path of MIX) {
    if (!path.endsWith("cursor=NEXT")) {
      mix.push(path);
      continue;
    }
    const first = path.replace("&cursor=NEXT", "");
    const { nextCursor } = await (await fetch(`${origin}${first}`)).json();
    mix.push(path.replace("NEXT", nextCursor));
  }
  return mix;
}

const run = promisify(execFile);
async function wrk(origin, seconds) {
  const args = ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--timeout", "5s", "-s", script, origin];
  // Bounded even if wrk hangs: its own duration plus a margin.
  const { stdout } = await run("wrk", args, { timeout: (seconds + 30) * 1000, maxBuffer: 1 << 20 });
  const line = stdout.split("\n").find((l) => l.startsWith("SOAK "));
  if (line === undefined) throw new Error(`wrk printed no summary:\n${stdout}`);
  return JSON.parse(line.slice(5));
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["dist/node.js"], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "pipe"],
});
let serverErrors = "";
server.stderr.on("data", (chunk) => (serverErrors += chunk));
const stop = () => {
  if (server.exitCode === null) server.kill("SIGKILL");
};
process.once("exit", stop);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    stop();
    process.exit(130);
  });
}

const lines = [];
const target = (ok, text) => lines.push(`${ok ? "PASS" : "MISS"}  ${text}`);

try {
  let up = false;
  for (let i = 0; i < 200 && !up; i++) {
    try {
      await fetch(origin);
      up = true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  if (!up) throw new Error(`dist/node.js did not start: ${serverErrors}`);
  writeFileSync(script, luaFor(await resolvedMix(origin)));

  console.log(
    `soak: ${origin}, ${MIX.length} endpoints in rotation, ${CONNECTIONS} connections, warm-up ${WARMUP_S} s, then ${DURATION_S} s`,
  );
  await wrk(origin, WARMUP_S);
  const warmRss = rssKiB(server.pid);

  const samples = [];
  const sampler = setInterval(() => {
    if (server.exitCode === null) samples.push(Math.round(rssKiB(server.pid) / 1024));
  }, 10_000);
  let result;
  try {
    result = await wrk(origin, DURATION_S);
  } finally {
    clearInterval(sampler);
  }
  const endRss = rssKiB(server.pid);

  const statuses = Object.fromEntries(Object.entries(result.statuses).map(([s, n]) => [Number(s), n]));
  // Each thread walks the mix in order, so the 404 endpoint gets its share of requests, give or
  // take one rotation per connection; more 404s than that means another endpoint failed.
  const expected404 = result.requests / MIX.length;
  const extra404 = Math.max(0, (statuses[404] ?? 0) - Math.ceil(expected404) - CONNECTIONS);
  const unexpected = Object.entries(statuses)
    .filter(([s]) => s !== "200" && s !== "404")
    .reduce((sum, [, n]) => sum + n, 0);
  const socketErrors = result.connect + result.read + result.write;
  const errors = socketErrors + result.timeout + unexpected + extra404;
  const seconds = result.durationUs / 1e6;

  console.log(
    `requests: ${result.requests} in ${seconds.toFixed(1)} s = ${Math.round(result.requests / seconds)} req/s`,
  );
  console.log(
    `latency: p50 ${(result.p50 / 1000).toFixed(2)} ms, p99 ${(result.p99 / 1000).toFixed(2)} ms, max ${(result.max / 1000).toFixed(2)} ms`,
  );
  console.log(
    `statuses: ${Object.entries(statuses)
      .map(([s, n]) => `${s}: ${n}`)
      .join(", ")} (404 expected ~${Math.round(expected404)}: 1 of ${MIX.length} endpoints)`,
  );
  console.log(
    `errors: socket ${socketErrors} (connect ${result.connect}, read ${result.read}, write ${result.write}), timeouts ${result.timeout}, unexpected statuses ${unexpected}, surplus 404s ${extra404}`,
  );
  const growth = (endRss - warmRss) / warmRss;
  console.log(
    `memory: RSS ${(warmRss / 1024).toFixed(1)} MiB after warm-up, ${(endRss / 1024).toFixed(1)} MiB at the end (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%); every 10 s: ${samples.join(", ")} MiB`,
  );

  const after = await fetch(`${origin}${base}/compare?sides=united-states,russia`);
  const comparison = await after.json();
  target(errors === 0, `zero errors over ${DURATION_S} s at ${CONNECTIONS} connections (got ${errors})`);
  target(Number.isFinite(result.p99) && result.p99 > 0, `p99 reported: ${(result.p99 / 1000).toFixed(2)} ms`);
  // A leak shows as growth; RSS that falls after warm-up is the heap being trimmed, not a leak.
  target(
    growth <= MEMORY_TOLERANCE,
    `memory flat: RSS at the end at most ${MEMORY_TOLERANCE * 100}% above after warm-up (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%)`,
  );
  target(
    server.exitCode === null && after.status === 200 && comparison.columns?.length === 2,
    "server alive and answering correctly afterwards",
  );
  target(
    serverErrors === "",
    `server logged no error${serverErrors ? `: ${serverErrors.slice(0, 500)}` : ""}`,
  );
} catch (error) {
  target(false, `soak ran to the end: ${error.message}`);
} finally {
  stop();
}

for (const line of lines) console.log(line);
const missed = lines.some((line) => line.startsWith("MISS"));
console.log(missed ? "soak: MISSED (see above)" : "soak: all targets met");
process.exitCode = missed ? 1 : 0;

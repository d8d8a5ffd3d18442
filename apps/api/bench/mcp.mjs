// `pnpm bench` (the API's part): what an MCP call costs beside the REST answer to the same question,
// measured in the same run through the built Worker's fetch (dist/worker.js) on Node. Every query
// is asked once only, so the REST answers are computed, not read from the answer cache (MCP's never
// are). Then how long `parley mcp` takes to answer `initialize` over stdio, beside `parley issues`
// printing from the same CLI. The figures go to docs/quality.md.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const { default: app } = await import(new URL("../dist/worker.js", import.meta.url).href);
const cli = fileURLToPath(new URL("../../tui/dist/cli.js", import.meta.url));
const summit = "alaska-2025";
const words = ["sanksi", "damai", "gencatan", "senjata", "wilayah", "Ukraina", "Putin", "Trump", "Alaska"];
const more = ["ekonomi", "perang", "pertemuan", "kesepakatan", "Rusia", "Amerika", "NATO", "Zelensky"];
const queries = words.flatMap((a) => more.map((b) => `${a} ${b}`));

const post = (method, params) =>
  app.fetch(
    new Request("http://127.0.0.1/mcp", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    }),
  );
const get = (path) => app.fetch(new Request(`http://127.0.0.1${path}`));

/** Mean milliseconds per call, each call's answer read to its end and checked. */
async function mean(inputs, call) {
  let total = 0;
  for (const input of inputs) {
    const started = performance.now();
    const response = await call(input);
    const body = await response.text();
    total += performance.now() - started;
    if (response.status !== 200 || body.includes('"isError":true')) {
      throw new Error(`${response.status}: ${body.slice(0, 300)}`);
    }
  }
  return total / inputs.length;
}

const issueIds = (await (await get(`/v1/summits/${summit}/issues`)).json()).items.map((i) => i.id);
// Warm up both paths (JIT, the summit's model and search index) on queries not measured below.
for (let i = 0; i < 20; i++) {
  await post("tools/call", { name: "search", arguments: { query: `warm ${i}` } });
  await get(`/v1/summits/${summit}/search?q=warm+up+${i}`);
}

const rows = [
  ["tools/list", await mean([...Array(50).keys()], () => post("tools/list", {})), undefined],
  [
    `search (${queries.length} queries)`,
    await mean(queries, (q) => post("tools/call", { name: "search", arguments: { query: q } })),
    await mean(queries, (q) => get(`/v1/summits/${summit}/search?q=${encodeURIComponent(q)}`)),
  ],
  [
    `compare, one issue (${issueIds.length} issues)`,
    await mean(issueIds, (id) =>
      post("tools/call", { name: "compare_positions", arguments: { issues: [id] } }),
    ),
    await mean(issueIds, (id) => get(`/v1/summits/${summit}/compare?issues=${id}`)),
  ],
];

/** Median milliseconds from spawning `parley mcp` to its answer to `initialize`. */
async function mcpStart() {
  const times = [];
  for (let i = 0; i < 7; i++) {
    times.push(
      await new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, [cli, "mcp"], { stdio: ["pipe", "pipe", "inherit"] });
        const timer = setTimeout(() => {
          child.kill();
          reject(new Error("parley mcp did not answer initialize within 10 s"));
        }, 10_000);
        child.stdout.once("data", () => {
          const elapsed = performance.now() - started;
          clearTimeout(timer);
          child.kill();
          resolve(elapsed);
        });
        child.stdin.write(
          `${JSON.stringify({
            jsonrpc: "2.0",
            id: 1,
            method: "initialize",
            params: {
              protocolVersion: "2025-06-18",
              capabilities: {},
              clientInfo: { name: "bench", version: "0" },
            },
          })}\n`,
        );
      }),
    );
  }
  return times.sort((a, b) => a - b)[3];
}

function printedStart() {
  const times = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, "issues"], { encoding: "utf8" });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`parley issues failed: ${run.stderr}`);
  }
  return times.sort((a, b) => a - b)[3];
}

const ms = (value) => (value === undefined ? "" : `${value.toFixed(2)} ms`);
console.log("MCP over Streamable HTTP beside REST, dist/worker.js on Node, mean per call, uncached:");
console.log(`${"call".padEnd(34)}${"MCP".padStart(12)}${"REST".padStart(12)}`);
for (const [name, mcp, rest] of rows)
  console.log(`${name.padEnd(34)}${ms(mcp).padStart(12)}${ms(rest).padStart(12)}`);
console.log(
  `\nparley mcp, spawn to its answer to initialize (median of 7): ${ms(await mcpStart())}; parley issues, spawn to exit: ${ms(printedStart())}`,
);

// Startup and key latency of the built CLI in a real pseudo-terminal (script -q -c), against
// `node -e 0` measured in the same run, plus peak memory (VmHWM). Bounded: every wait times out.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const cli = join(dist, "cli.js");
// The same build without its code cache: how parley starts on a Node other than the build's.
const uncached = mkdtempSync(join(tmpdir(), "parley-bench-"));
cpSync(dist, uncached, { recursive: true });
for (const file of readdirSync(uncached)) if (file.endsWith(".cache")) rmSync(join(uncached, file));
// This 2-core machine varies by ±50 ms from one start to the next: enough runs for a stable median.
const RUNS = 11;
const TIMEOUT_MS = 5000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const children = (pid) =>
  spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .filter(Boolean);

function peakKb(pid) {
  // script → sh → node: take the largest peak RSS among the descendants.
  let peak = 0;
  const stack = [String(pid)];
  while (stack.length > 0) {
    const p = stack.pop();
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      peak = Math.max(peak, Number(hwm ?? 0));
    } catch {}
    stack.push(...children(p));
  }
  return peak;
}

function baseline() {
  const start = performance.now();
  spawnSync(process.execPath, ["-e", "0"]);
  return performance.now() - start;
}

function session(cli) {
  return new Promise((resolve, reject) => {
    // script and its shell take ~20 ms to set up the terminal, which is not parley's start: the
    // shell says it is ready, waits for a line, and the clock starts when that line lets it exec
    // node (as spawnSync does for `node -e 0`).
    let start;
    const child = spawn(
      "script",
      ["-q", "-c", `printf READY; read go; exec ${process.execPath} ${cli}`, "/dev/null"],
      {
        env: { ...process.env, COLUMNS: "120", LINES: "30", TERM: "xterm-256color" },
      },
    );
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("timed out waiting for a frame"));
    }, TIMEOUT_MS);
    let firstFrame;
    const keys = [];
    let pressedAt;
    let output = "";
    let memory = 0;
    const press = () => {
      pressedAt = performance.now();
      child.stdin.write("j");
    };
    child.stdout.on("data", (chunk) => {
      output += chunk.toString();
      if (start === undefined) {
        if (output.includes("READY")) {
          output = "";
          start = performance.now();
          child.stdin.write("\n");
        }
      } else if (firstFrame === undefined && output.includes("Issues")) {
        firstFrame = performance.now() - start;
        setTimeout(press, 50);
      } else if (pressedAt !== undefined) {
        keys.push(performance.now() - pressedAt);
        pressedAt = undefined;
        if (keys.length < 5) setTimeout(press, 50);
        else {
          memory = peakKb(child.pid);
          child.stdin.write("q");
        }
      }
    });
    child.on("exit", () => {
      clearTimeout(timer);
      resolve({ firstFrame, key: median(keys), memory });
    });
  });
}

const base = [];
const results = [];
const coldResults = [];
for (let i = 0; i < RUNS; i++) {
  base.push(baseline());
  results.push(await session(cli));
  coldResults.push(await session(join(uncached, "cli.js")));
}
rmSync(uncached, { recursive: true, force: true });
const row = (name, value, target) => `${name.padEnd(30)}${value.padStart(12)}   ${target}`;
console.log(row(`measure (median of ${RUNS})`, "value", "target"));
console.log(row("node -e 0", `${median(base).toFixed(0)} ms`, ""));
const first = median(results.map((r) => r.firstFrame));
const firsts = results.map((r) => r.firstFrame).sort((a, b) => a - b);
console.log(row("start to first frame", `${first.toFixed(0)} ms`, "< 250 ms"));
console.log(row("  fastest, slowest", `${firsts[0].toFixed(0)}, ${firsts.at(-1).toFixed(0)} ms`, ""));
console.log(row("  minus node -e 0", `${(first - median(base)).toFixed(0)} ms`, ""));
console.log(
  row("  without the code cache", `${median(coldResults.map((r) => r.firstFrame)).toFixed(0)} ms`, ""),
);
console.log(row("key to next frame", `${median(results.map((r) => r.key)).toFixed(1)} ms`, "< 30 ms"));
console.log(
  row("peak memory (RSS)", `${(Math.max(...results.map((r) => r.memory)) / 1024).toFixed(0)} MB`, "< 100 MB"),
);

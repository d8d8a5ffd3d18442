import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";

// Fault test: clients that vanish mid-request or mid-response. The real Node entry
// (src/runtime/node.ts, @hono/node-server) runs in a child process on 127.0.0.1 with an
// ephemeral port; raw sockets ask for the largest answers and drop the connection at every
// stage. The server must survive, log nothing, and answer the next requests byte for byte.

const root = fileURLToPath(new URL("..", import.meta.url));
const base = "/v1/summits/alaska-2025";
// The largest answers (about 50–110 KB each): a disconnect lands while they are being written.
const LARGE = [
  `${base}/compare`,
  `${base}/claims?limit=200`,
  `${base}/claims.csv`,
  `${base}.jsonld`,
  `${base}/sources/003_541abc782ac656e9`,
];
const ROUNDS = 12;
const CONCURRENT = 40;

let child: ChildProcess;
let port = 0;
let stderr = "";
let stdout = "";

type Drop = "before-reading" | "after-a-few-bytes" | "mid-request" | "paused-then-reset" | "after-headers";
const DROPS: Drop[] = [
  "before-reading",
  "after-a-few-bytes",
  "mid-request",
  "paused-then-reset",
  "after-headers",
];

/**
 * One client that goes away. The Accept header varies with `n` so that some requests miss the
 * server's answer cache and run the whole pipeline when the client leaves.
 */
function abandon(path: string, drop: Drop, n: number): Promise<number> {
  const request =
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
    `Accept: application/json, text/csv, application/ld+json, */*;q=0.${(n % 9) + 1}\r\n` +
    "Connection: keep-alive\r\n\r\n";
  return new Promise((resolve) => {
    const socket: Socket = connect(port, "127.0.0.1");
    let seen = 0;
    const done = () => resolve(seen);
    socket.on("error", done);
    socket.on("close", done);
    socket.on("connect", () => {
      switch (drop) {
        case "mid-request":
          socket.write(request.slice(0, Math.floor(request.length / 2)), () => socket.destroy());
          break;
        case "before-reading":
          socket.write(request, () => socket.destroy());
          break;
        case "paused-then-reset":
          // Stop reading so the server meets backpressure, then reset the connection (RST).
          socket.pause();
          socket.write(request, () => setTimeout(() => socket.resetAndDestroy(), 20));
          break;
        default: {
          socket.write(request);
          socket.on("data", (chunk: Buffer) => {
            seen += chunk.length;
            const headersDone = chunk.includes("\r\n\r\n");
            if (drop === "after-a-few-bytes" ? seen >= 16 : headersDone) socket.destroy();
          });
        }
      }
    });
  });
}

beforeAll(async () => {
  // Bundle the Node entry as scripts/build.mjs does, into a private folder: the runtime smoke
  // tests rebuild dist/ concurrently, and this test must not read a half-written file.
  const outfile = join(mkdtempSync(join(tmpdir(), "parley-fault-")), "node.js");
  await build({
    entryPoints: [`${root}src/runtime/node.ts`],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    logLevel: "silent",
  });
  child = spawn(process.execPath, [outfile], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  const deadline = Date.now() + 20_000;
  while (port === 0 && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    port = Number(/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1] ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(port, `the Node entry did not announce its port: ${stdout} ${stderr}`).toBeGreaterThan(0);
});

afterAll(async () => {
  if (child?.exitCode === null) {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
});

describe("clients that disconnect", () => {
  it(`survives ${ROUNDS * CONCURRENT} abandoned requests, ${CONCURRENT} at a time, dropped at every stage`, async () => {
    let n = 0;
    const readers: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const clients = Array.from({ length: CONCURRENT }, async () => {
        n++;
        const drop = DROPS[(n + round) % DROPS.length] as Drop;
        const seen = await abandon(LARGE[n % LARGE.length] as string, drop, n);
        if (drop === "after-a-few-bytes" || drop === "after-headers") readers.push(seen);
      });
      await Promise.all(clients);
    }
    // The clients that read did get an answer under way before leaving: the drops hit real responses.
    expect(readers.length).toBeGreaterThan(ROUNDS * 10);
    for (const seen of readers) expect(seen).toBeGreaterThanOrEqual(16);
    // Give the server time to notice every closed socket and to log anything it would.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(child.exitCode, `server exited: ${stderr}`).toBeNull();
  });

  it("answers the next requests completely and correctly", async () => {
    const app = createApp();
    const origin = `http://127.0.0.1:${port}`;
    // Several at once, each compared byte for byte with the in-process answer.
    const checks = [...LARGE, ...LARGE].map(async (path, i) => {
      const headers: Record<string, string> =
        i % 2 === 0 ? {} : { Accept: "application/json, text/csv, application/ld+json, */*;q=0.3" };
      // fetch asks for gzip and undoes it; the in-process answer is the same bytes unencoded.
      const served = await fetch(`${origin}${path}`, { headers });
      const expected = await app.request(`${origin}${path}`, { headers });
      const expectedGzip = await app.request(`${origin}${path}`, {
        headers: { ...headers, "Accept-Encoding": "gzip, deflate" },
      });
      expect(served.status, path).toBe(200);
      expect(served.headers.get("content-type"), path).toBe(expected.headers.get("content-type"));
      expect(served.headers.get("content-encoding"), path).toBe("gzip");
      expect(served.headers.get("etag"), path).toBe(expectedGzip.headers.get("etag"));
      const body = await served.text();
      expect(body.length, path).toBeGreaterThan(10_000);
      expect(body, path).toBe(await expected.text());
    });
    await Promise.all(checks);
    const missing = await fetch(`${origin}${base}/actors/nobody`);
    expect(missing.status).toBe(404);
  });

  it("logged no error", () => {
    // An unhandled rejection, an EPIPE or ECONNRESET stack, or a 500 from onError all write here.
    expect(stderr).toBe("");
    expect(child.exitCode).toBeNull();
  });
});

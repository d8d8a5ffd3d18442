import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { get, type IncomingMessage } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";

// Smoke tests: each runtime runs its own bundled entry file, as a deployment would, on loopback.
const root = fileURLToPath(new URL("../..", import.meta.url));
// The binaries themselves, not the .bin shims: killing a shim would leave the server running.
const BUN = `${root}node_modules/bun/bin/bun.exe`;
const DENO = `${root}node_modules/deno/deno`;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`not up within 30 s: ${output()}`);
}

const runtimes = [
  { name: "Node", command: process.execPath, args: ["dist/node.js"] },
  { name: "Bun", command: BUN, args: ["dist/bun.js"] },
  {
    name: "Deno",
    command: DENO,
    args: ["run", "--allow-net", "--allow-env", "--no-prompt", "dist/deno.js"],
  },
];

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "pipe" });
});

describe.each(runtimes)("under $name", ({ command, args }) => {
  let child: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    let output = "";
    child = spawn(command, args, {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        NO_COLOR: "1",
        DENO_NO_UPDATE_CHECK: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    await waitUntilUp(`${origin}/`, child, () => output);
  });

  afterAll(() => {
    child?.kill();
  });

  it("serves a comparison and claims", async () => {
    const compare = await fetch(`${origin}/v1/summits/alaska-2025/compare?sides=united-states,russia`);
    expect(compare.status).toBe(200);
    const comparison = await compare.json();
    expect(comparison.columns).toHaveLength(2);
    // Each cell keeps the column's own positions apart from hearsay and analysis.
    for (const cell of comparison.rows[0].cells) {
      expect(cell).toMatchObject({
        own: expect.any(Array),
        hearsay: expect.any(Array),
        analysis: expect.any(Array),
      });
      expect(cell.gap).toBe(cell.own.length === 0);
    }
    const claims = await fetch(`${origin}/v1/summits/alaska-2025/claims?limit=1`);
    expect((await claims.json()).items).toHaveLength(1);
    const lavrov = await fetch(`${origin}/v1/summits/alaska-2025/claims?speaker=lavrov&subject=trump`);
    const { items } = await lavrov.json();
    expect(items.length).toBeGreaterThan(0);
    for (const claim of items) {
      expect(claim.speakerIds).toContain("sergey-lavrov");
      expect(claim.subjectIds).toContain("donald-trump");
    }
  });

  it("sends large answers gzipped, once, to a client that takes gzip", async () => {
    // fetch asks for gzip and undoes it; node:http leaves the bytes as they came.
    const path = "/v1/summits/alaska-2025/claims?limit=20";
    const expected = await (await createApp().request(path)).text();
    for (const attempt of ["first", "from memory"]) {
      const zipped = await fetch(`${origin}${path}`);
      expect(zipped.headers.get("content-encoding"), attempt).toBe("gzip");
      expect(await zipped.text(), attempt).toBe(expected);
    }
    const [raw] = (await once(
      get(`${origin}${path}`, { headers: { "Accept-Encoding": "gzip" } }),
      "response",
    )) as [IncomingMessage];
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk);
    expect(gunzipSync(Buffer.concat(chunks)).toString("utf8")).toBe(expected);
  });

  it("answers problems and revalidation", async () => {
    const missing = await fetch(`${origin}/v1/summits/alaska-2024`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const first = await fetch(`${origin}/v1/summits`);
    const etag = first.headers.get("etag") ?? "";
    const again = await fetch(`${origin}/v1/summits`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });
});

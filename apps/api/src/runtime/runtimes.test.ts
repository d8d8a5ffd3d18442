import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { get, type IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import { connect, createServer } from "node:net";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";

// Smoke tests: each runtime runs its own bundled entry file, as a deployment would, on loopback.
const root = fileURLToPath(new URL("../..", import.meta.url));
// The binaries themselves, not the .bin shims: killing a shim would leave the server running.
const BUN = `${root}node_modules/bun/bin/bun.exe`;
const DENO = `${root}node_modules/deno/deno`;
// workerd, the Workers runtime itself, as wrangler installs it: its HTTP layer in front of the bundle.
const WORKERD = `${dirname(createRequire(createRequire(import.meta.url).resolve("wrangler")).resolve("workerd/package.json"))}/bin/workerd`;

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

/** One HTTP/1.1 exchange as written, on its own connection, read until the server closes it. */
async function rawExchange(port: number, request: string, timeoutMs = 20_000) {
  const socket = connect(port, "127.0.0.1");
  socket.write(request);
  const chunks: Buffer[] = [];
  socket.on("data", (chunk) => chunks.push(chunk));
  // A runtime may refuse by resetting the connection (Deno, for headers over its limit): then
  // there is no answer, and the close that follows ends the exchange.
  socket.on("error", () => {});
  await Promise.race([
    new Promise((resolve) => socket.once("close", resolve)),
    new Promise((_, reject) => setTimeout(() => reject(new Error("no close")), timeoutMs)),
  ]).finally(() => socket.destroy());
  const text = Buffer.concat(chunks).toString("utf8");
  const [head = "", body = ""] = text.split("\r\n\r\n", 2);
  const [statusLine = "", ...lines] = head.split("\r\n");
  const headers = Object.fromEntries(
    lines.map((line) => [
      line.slice(0, line.indexOf(":")).toLowerCase(),
      line.slice(line.indexOf(":") + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

/** An answer as the bytes came on the wire (node:http undoes no encoding). */
async function rawGet(url: string, headers: Record<string, string> = {}, method = "GET") {
  const [response] = (await once(get(url, { headers, method, agent: false }), "response")) as [
    IncomingMessage,
  ];
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk);
  return { status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) };
}

const WRANGLER = `${root}node_modules/wrangler/bin/wrangler.js`;

interface Runtime {
  name: string;
  command: string;
  args: (port: number) => string[];
  /** Workers: the platform, not the app, compresses, so the app's ETags are weak. */
  platformCompresses?: boolean;
  /** Whether a large answer reaches a client that takes gzip gzipped (workerd alone compresses nothing). */
  gzips: boolean;
  /** workerd answers a Host it cannot parse and `OPTIONS *` itself (a 500), before any Worker runs. */
  answersOddTargetsItself?: boolean;
}

const runtimes: Runtime[] = [
  { name: "Node", command: process.execPath, args: () => ["dist/node.js"], gzips: true },
  { name: "Bun", command: BUN, args: () => ["dist/bun.js"], gzips: true },
  {
    name: "Deno",
    command: DENO,
    args: () => ["run", "--allow-net", "--allow-env", "--no-prompt", "dist/deno.js"],
    gzips: true,
  },
  {
    name: "workerd",
    command: WORKERD,
    args: (port) => ["serve", "dist/workerd.capnp", "--socket-addr", `http=127.0.0.1:${port}`],
    platformCompresses: true,
    gzips: false,
    answersOddTargetsItself: true,
  },
  {
    // As `wrangler dev` serves it: wrangler's own bundle of the source, and its proxy, which hands
    // the Worker `Accept-Encoding: br, gzip` whatever the client sent and encodes the answer by
    // what the client accepts, as Cloudflare does.
    name: "wrangler dev",
    command: process.execPath,
    args: (port) => [WRANGLER, "dev", "--ip", "127.0.0.1", "--port", String(port), "--log-level", "error"],
    platformCompresses: true,
    gzips: true,
    answersOddTargetsItself: true,
  },
];

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "pipe" });
});

describe("under Node, a slow client", () => {
  it("gets a 408 problem once its headers are late, not a connection held for a minute", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["dist/node.js"], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
      stdio: "ignore",
    });
    try {
      await waitUntilUp(`http://127.0.0.1:${port}/`, child, () => "");
      // Node's default would hold it for 60 s: an answer within the 20 s this waits is the limit's.
      const slow = await rawExchange(port, "GET /v1/summits HTTP/1.1\r\nHost: x\r\nX-Slow: 1", 20_000);
      expect(slow.status).toBe(408);
      expect(slow.headers["content-type"]).toMatch(/^application\/problem\+json/);
    } finally {
      child.kill();
    }
  });
});

describe.each(runtimes)(
  "under $name",
  ({ name, command, args, platformCompresses, gzips, answersOddTargetsItself }) => {
    let child: ChildProcess;
    let origin: string;
    let port: number;

    beforeAll(async () => {
      port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      let output = "";
      child = spawn(command, args(port), {
        // Its own process group, so that a runtime's children (wrangler's workerd) stop with it.
        detached: true,
        cwd: root,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: "127.0.0.1",
          NO_COLOR: "1",
          DENO_NO_UPDATE_CHECK: "1",
          WRANGLER_SEND_METRICS: "false",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout?.on("data", (chunk) => (output += chunk));
      child.stderr?.on("data", (chunk) => (output += chunk));
      await waitUntilUp(`${origin}/`, child, () => output);
    });

    afterAll(() => {
      if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
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

    it("sends large answers gzipped, once, to a client that takes gzip (Workers: as they are)", async () => {
      const coding = gzips ? "gzip" : null;
      // fetch asks for gzip and undoes it; node:http leaves the bytes as they came.
      const path = "/v1/summits/alaska-2025/claims?limit=20";
      const expected = await (await createApp().request(path)).text();
      for (const attempt of ["first", "from memory"]) {
        const zipped = await fetch(`${origin}${path}`);
        expect(zipped.headers.get("content-encoding"), attempt).toBe(coding);
        expect(await zipped.text(), attempt).toBe(expected);
      }
      const raw = await rawGet(`${origin}${path}`, { "Accept-Encoding": "gzip" });
      expect((coding ? gunzipSync(raw.bytes) : raw.bytes).toString("utf8")).toBe(expected);
    });

    it("gives one strong ETag to one byte sequence, whatever Accept-Encoding says; weak where the platform encodes", async () => {
      const path = "/v1/summits/alaska-2025/claims?limit=19";
      const byEtag = new Map<string, string>();
      for (const acceptEncoding of ["", "br", "gzip;q=0", "gzip", "gzip;q=0.5, identity", "br, gzip", ""]) {
        const headers: Record<string, string> = acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {};
        const { headers: got, bytes } = await rawGet(`${origin}${path}`, headers);
        const etag = String(got.etag);
        expect(etag, acceptEncoding).toMatch(platformCompresses ? /^W\/"/ : /^"/);
        const revalidated = await rawGet(`${origin}${path}`, { ...headers, "If-None-Match": etag });
        expect(revalidated.status, `${acceptEncoding}: revalidated`).toBe(304);
        if (etag.startsWith("W/")) continue;
        const wire = `${got["content-encoding"] ?? "identity"}:${bytes.toString("base64")}`;
        expect(byEtag.get(etag) ?? wire, `${acceptEncoding}: ${etag}`).toBe(wire);
        byEtag.set(etag, wire);
      }
    });

    it("answers HEAD with GET's Content-Length, first time and from memory", async () => {
      for (const acceptEncoding of ["identity", "gzip"]) {
        const path = `/v1/summits/alaska-2025/claims?limit=17&speaker=${acceptEncoding === "gzip" ? "putin" : "trump"}`;
        const headers = { "Accept-Encoding": acceptEncoding };
        for (const attempt of ["first", "from memory"]) {
          const head = await rawGet(`${origin}${path}`, headers, "HEAD");
          // Where the platform encodes, it encodes GET on the fly but not HEAD: the app's own length
          // is the identity answer's.
          const got = await rawGet(
            `${origin}${path}`,
            platformCompresses ? { "Accept-Encoding": "identity" } : headers,
          );
          const where = `${acceptEncoding}, ${attempt}`;
          expect(head.status, where).toBe(200);
          expect(head.bytes.length, where).toBe(0);
          expect(head.headers["content-length"], where).toBe(String(got.bytes.length));
          expect(String(head.headers.etag).replace(/^W\//, ""), where).toBe(
            String(got.headers.etag).replace(/^W\//, ""),
          );
        }
      }
    });

    it("answers a trailing slash or a dot-segment with a 404 problem, not a 405", async () => {
      for (const path of [
        "/v1/summits/alaska-2025/",
        "/v1/summits/alaska-2025/actors/%2e%2e",
        "/v1/summits/",
      ]) {
        const { status, headers, bytes } = await rawGet(`${origin}${path}`);
        expect(status, path).toBe(404);
        expect(headers["content-type"], path).toMatch(/^application\/problem\+json/);
        expect(JSON.parse(bytes.toString("utf8")).type, path).toBe("/problems/not-found");
      }
    });

    it("validates an ETag the client holds on its first request to this server", async () => {
      // An answer this server has never given, validated by the ETag another instance gave.
      const path = "/v1/summits/alaska-2025/claims?limit=16";
      const encoding = gzips && !platformCompresses ? "gzip" : "identity";
      const elsewhere = await createApp({ compression: platformCompresses ? "platform" : "app" }).request(
        path,
        {
          headers: { "Accept-Encoding": encoding },
        },
      );
      const etag = elsewhere.headers.get("etag") ?? "";
      const first = await rawGet(`${origin}${path}`, { "Accept-Encoding": encoding, "If-None-Match": etag });
      expect(first.status).toBe(304);
      expect(first.bytes.length).toBe(0);
    });

    it("never copies the Host header into an answer", async () => {
      for (const host of ["evil.example", "evil.example:8080"]) {
        const { status, bytes } = await rawGet(`${origin}/v1/summits/alaska-2025.jsonld`, { Host: host });
        expect(status, host).toBe(200);
        expect(bytes.toString("utf8"), host).not.toContain("evil.example");
      }
    });

    it("answers what the runtime refuses itself without a 500, as a problem where the runtime lets it", async () => {
      const big = `GET /v1/summits HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(70_000)}\r\nConnection: close\r\n\r\n`;
      const badHost = 'GET /v1/summits HTTP/1.1\r\nHost: a"b\r\nConnection: close\r\n\r\n';
      const star = "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
      // workerd answers a Host it cannot parse and `OPTIONS *` itself, with a 500, before any
      // Worker runs: out of the app's reach (on Cloudflare the edge answers them).
      const exchanges = answersOddTargetsItself ? { big } : { big, badHost, star };
      const answers: Record<string, Awaited<ReturnType<typeof rawExchange>>> = {};
      for (const [what, request] of Object.entries(exchanges)) {
        const answer = await rawExchange(port, request);
        answers[what] = answer;
        if (answer.body === "" && Number.isNaN(answer.status)) continue;
        expect(answer.status, what).toBeGreaterThanOrEqual(200);
        expect(answer.status, what).toBeLessThan(500);
      }
      if (name === "Node") {
        expect(answers.big?.status).toBe(431);
        for (const answer of [answers.big, answers.star]) {
          expect(answer?.headers["content-type"]).toMatch(/^application\/problem\+json/);
          expect(JSON.parse(answer?.body ?? "").detail).toEqual(expect.any(String));
        }
      }
    });

    it("serves MCP at /mcp: a client lists the tools and gets verbatim evidence from a search", async () => {
      const client = new Client({ name: "parley-test", version: "1.0.0" });
      await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", origin)));
      try {
        expect((await client.listTools()).tools).toHaveLength(9);
        const result = await client.callTool({
          name: "search",
          arguments: { query: "gencatan senjata", limit: 3 },
        });
        const { hits } = result.structuredContent as {
          hits: { claim?: { evidence: { quote: { exact: string } }[] } }[];
        };
        expect(hits[0]?.claim?.evidence[0]?.quote.exact).toMatch(/gencatan senjata/i);
      } finally {
        await client.close();
      }
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

    it("serves the reader's pages to a browser, in the language it asks for", async () => {
      const browser = { Accept: "text/html,*/*;q=0.8", "Accept-Language": "id" };
      for (const path of ["/", "/summits/alaska-2025/compare", "/summits/alaska-2025/sources/003"]) {
        const page = await fetch(`${origin}${path}`, { headers: browser });
        expect(page.status, path).toBe(200);
        expect(page.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
        expect(await page.text(), path).toMatch(/^<!doctype html><html lang="id">/);
      }
      const missing = await fetch(`${origin}/summits/alaska-2025/claims/nope`, { headers: browser });
      expect(missing.status).toBe(404);
      expect(missing.headers.get("content-type")).toBe("text/html; charset=utf-8");
    });
  },
);

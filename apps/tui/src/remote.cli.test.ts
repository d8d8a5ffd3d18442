import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp } from "@parley/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The built CLI against the real Node server on loopback, and against servers that fail.
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** Runs the built `parley`; never rejects, so a failing run is asserted on like any other. */
function parley(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...argv], { timeout: 15_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - start });
    });
  });
}

const listening = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
const closing = (server: Server) => new Promise((resolve) => server.close(resolve));

let api: Server;
let silent: Server;
let apiUrl: string;
let silentUrl: string;
let downUrl: string;

beforeAll(async () => {
  api = serve({ fetch: createApp().fetch, port: 0, hostname: "127.0.0.1" }) as Server;
  await new Promise((resolve) => api.once("listening", resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  // Accepts connections and never answers.
  silent = createServer(() => {});
  silentUrl = `http://127.0.0.1:${await listening(silent)}`;
  // A port that was just free: nothing listens there.
  const gone = createServer();
  downUrl = `http://127.0.0.1:${await listening(gone)}`;
  await closing(gone);
});

afterAll(async () => {
  silent.closeAllConnections();
  await Promise.all([closing(api), closing(silent)]);
});

describe("parley --api over loopback", () => {
  it("the built CLI exists", () => {
    expect(existsSync(cli)).toBe(true);
  });

  it.each([
    ["compare"],
    ["compare", "--actors", "Lavrov,Rubio", "--lang", "id"],
    ["actors"],
    ["outcomes"],
    ["discrepancies"],
    ["timeline"],
    ["search", "gencatan", "senjata"],
    ["source", "003"],
    ["source", "9"],
    ["compare", "--sides", "Rusa,AS"],
  ])("parley %j prints the same from the real API as from the embedded data", async (...argv) => {
    const [local, remote] = await Promise.all([parley(...argv), parley("--api", apiUrl, ...argv)]);
    expect(local.stdout + local.stderr).not.toBe("");
    expect({ ...remote, ms: 0 }).toEqual({ ...local, ms: 0 });
  });

  it("reads the summit --summit names, from the embedded data or the API alike", async () => {
    const [local, remote] = await Promise.all([
      parley("--summit", "alaska-2025", "issues"),
      parley("--api", apiUrl, "--summit", "alaska-2025", "issues"),
    ]);
    expect(local.code).toBe(0);
    expect(local.stdout).toContain("ukraine-war");
    expect({ ...remote, ms: 0 }).toEqual({ ...local, ms: 0 });
    const unknown = await parley("--summit", "alaska", "issues");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('unknown summit "alaska". Did you mean "alaska-2025"?');
  });

  it("an API that is down: one line naming the URL, exit code 1", async () => {
    const result = await parley("--api", downUrl, "compare");
    expect(result).toMatchObject({
      code: 1,
      stdout: "",
      stderr: `parley: cannot reach the Parley API at ${downUrl}: connection refused (is it running?).\n`,
    });
  });

  it("an API that never answers: the --timeout, then one line naming the URL, exit code 1", async () => {
    const result = await parley("--api", silentUrl, "--timeout", "300", "actors");
    expect(result).toMatchObject({
      code: 1,
      stdout: "",
      stderr: `parley: the Parley API at ${silentUrl} did not answer within 300 ms (a slow API needs a longer --timeout).\n`,
    });
    expect(result.ms).toBeLessThan(3000);
  });

  it("refuses a --timeout that is not a number of milliseconds", async () => {
    const result = await parley("--api", apiUrl, "--timeout", "5s", "actors");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--timeout takes milliseconds from 1 to 600000, e.g. --timeout 10000; not "5s".',
    );
  });
});

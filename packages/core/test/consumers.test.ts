import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { type BuildOptions, build } from "esbuild";
import { Miniflare } from "miniflare";
import { chromium } from "playwright-core";
import { publint } from "publint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as authoring from "../src/authoring.ts";
import * as core from "../src/index.ts";
// @ts-expect-error: a plain ES module, shared with the consumers that run it on each runtime.
import { probe } from "./consumers/probe.mjs";

// The package as a reuser gets it: `pnpm pack` once (it rewrites `catalog:` specifiers and applies
// `publishConfig`), then installed with plain npm into projects outside the workspace, where
// nothing of the monorepo can leak in. The example runs there with `npm start`; a consumer
// project runs the same probe on Node (import and require), Deno, Bun, Chromium and workerd.

const root = join(import.meta.dirname, "..");
const repo = join(root, "../..");
const exampleDir = join(root, "examples/own-summit");
const fixtures = join(import.meta.dirname, "consumers");
const bin = (name: string) => join(root, "node_modules/.bin", name);

// npm, not pnpm, installs: none of the npm_config_* that `pnpm test` sets may steer it.
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key))),
  NO_COLOR: "1",
  DENO_NO_UPDATE_CHECK: "1",
  npm_config_update_notifier: "false",
};
const exec = promisify(execFile);
const run = (command: string, args: string[], cwd: string) =>
  exec(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
/** Like `run`, but a failing command answers with its exit code instead of throwing. */
const runStatus = (command: string, args: string[], cwd: string) =>
  run(command, args, cwd).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
const npmInstall = (cwd: string, ...specs: string[]) =>
  run("npm", ["install", "--no-audit", "--no-fund", ...specs], cwd);

/** The example's data files and texts, read the way its index.mjs reads them. */
function exampleFiles(dir: string) {
  const read = (path: string) => readFileSync(join(dir, path), "utf8");
  const sources = readdirSync(join(dir, "data"))
    .filter((name) => name.endsWith(".yaml") && name !== "summit.yaml")
    .sort()
    .map((name) => ({ name: `data/${name}`, data: parse(read(`data/${name}`)) }));
  return {
    summit: { name: "data/summit.yaml", data: parse(read("data/summit.yaml")) },
    sources,
    texts: Object.fromEntries(sources.map(({ data }) => [data.id, read(`texts/${data.id}.txt`)])),
  };
}

// The example's comparison, issue by issue and side by side: "claim:stance" in each group.
const EXAMPLE_ROWS = [
  {
    issue: "moscow-visit",
    cells: [
      {
        side: "united-states",
        own: ["trump-might-get-pressure:open", "trump-sees-possibility-of-visit:open"],
        hearsay: ["trump-accepted-invitation-per-lavrov:supports"],
        analysis: [],
        gap: false,
      },
      {
        side: "russia",
        own: ["trump-accepted-invitation-per-lavrov:supports"],
        hearsay: ["putin-delivered-invitation:supports"],
        analysis: ["invitation-reflects-russian-intent:supports"],
        gap: false,
      },
    ],
  },
  {
    issue: "relations",
    cells: [
      {
        side: "united-states",
        own: [],
        hearsay: [],
        analysis: ["trump-would-face-opposition-per-kuzmarov:neutral"],
        gap: true,
      },
      {
        side: "russia",
        own: [],
        hearsay: [],
        analysis: [
          "putin-wants-ties-restored-per-kuzmarov:supports",
          "invitation-reflects-russian-intent:supports",
        ],
        gap: true,
      },
    ],
  },
];
const INVITATION_QUOTE =
  "Dalam pertemuan puncak pekan lalu di Alaska, Presiden Rusia Vladimir Putin menyampaikan undangan tersebut kepada Trump secara langsung.";
const SIDE_IDS: Record<string, string> = { "United States": "united-states", Russia: "russia" };

let work = "";
let tarball = "";
let consumer = "";
let ownSummit = "";

beforeAll(async () => {
  expect(existsSync(join(root, "dist/index.js")), "build the core first").toBe(true);
  work = mkdtempSync(join(tmpdir(), "parley-consumers-"));
  // Chromium comes from Debian (apt-get, as root), while the package is packed and installed.
  const tools = run(process.execPath, [join(repo, "scripts/ensure-tools.mjs"), "chromium"], repo);
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  tools.catch(() => undefined);

  await run("pnpm", ["pack", "--pack-destination", work], root);
  const packed = readdirSync(work).filter((name) => name.endsWith(".tgz"));
  expect(packed).toHaveLength(1);
  tarball = join(work, packed[0] as string);

  ownSummit = join(work, "own-summit");
  cpSync(exampleDir, ownSummit, {
    recursive: true,
    filter: (path) => !/[/\\](node_modules|package-lock\.json)$/.test(path),
  });

  consumer = join(work, "consumer");
  mkdirSync(consumer);
  cpSync(fixtures, consumer, { recursive: true });
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "parley-consumer", private: true, type: "module" }),
  );
  writeFileSync(
    join(consumer, "example.mjs"),
    `export default ${JSON.stringify(exampleFiles(exampleDir))};\n`,
  );

  await Promise.all([npmInstall(ownSummit, tarball), npmInstall(consumer, tarball), tools]);
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("has the published manifest: no catalog: or workspace: specifiers, exports to dist only", () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, "node_modules/@parley/core/package.json"), "utf8"),
    );
    expect(JSON.stringify(manifest)).not.toMatch(/catalog:|workspace:|@parley\/source|\.\/src\//);
    expect(manifest.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
  });

  it("is clean under publint (strict), read from the tarball", async () => {
    const buffer = readFileSync(tarball);
    const tarballBytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const { messages } = await publint({ pack: { tarball: tarballBytes }, strict: true });
    expect(messages).toEqual([]);
  }, 60_000);

  it("has types that resolve for ESM consumers under @arethetypeswrong/cli (esm-only profile)", async () => {
    // attw exits non-zero on any problem the profile does not ignore (node10 and require).
    const { stdout } = await run(bin("attw"), [tarball, "--profile", "esm-only", "--format", "json"], work);
    const { analysis } = JSON.parse(stdout);
    expect(Object.keys(analysis.entrypoints)).toEqual(
      expect.arrayContaining([".", "./authoring", "./schema"]),
    );
    const problems = Object.values(analysis.problems ?? {})
      .flat()
      .filter(
        (p) => !["node10", "node16-cjs"].includes((p as { resolutionKind?: string }).resolutionKind ?? ""),
      );
    expect(problems).toEqual([]);
  }, 120_000);
});

describe("examples/own-summit, installed from the tarball with npm outside the workspace", () => {
  it("carries the two seeds byte for byte", () => {
    const seeds = join(repo, "seeds");
    const seed = (prefix: string) => readdirSync(seeds).find((name) => name.startsWith(prefix)) as string;
    for (const [text, prefix] of [
      ["invitation.txt", "002_"],
      ["expert.txt", "003_"],
    ] as const) {
      const copy = readFileSync(join(exampleDir, "texts", text));
      expect([text, copy.equals(readFileSync(join(seeds, seed(prefix))))]).toEqual([text, true]);
    }
  });

  it("prints its comparison, issues × sides, and a search, citing verbatim quotes and source ids", async () => {
    const { stdout } = await run("npm", ["start", "--silent"], ownSummit);
    expect(stdout).toContain("Anchorage 2025 and the Moscow invitation (anchorage-invitation-2025)");
    expect(stdout).toContain("Comparison: United States × Russia");
    // Rows from "## label (issue)", cells from "  Side[: gap…]", claims from "    group · stance · id (…)".
    const rows = stdout
      .split("\nSearch ")[0]
      ?.split("\n## ")
      .slice(1)
      .map((row) => {
        const [, issue] = row.match(/^.* \(([a-z-]+)\)\n/) ?? [];
        const cells = row.split(/\n {2}(?=\S)/).slice(1);
        return {
          issue,
          cells: cells.map((cell) => {
            const [header = ""] = cell.split("\n");
            const claims = [...cell.matchAll(/^ {4}(own|hearsay|analysis) · (\w+) · ([\w-]+) /gm)];
            const group = (name: string) => claims.filter((c) => c[1] === name).map((c) => `${c[3]}:${c[2]}`);
            return {
              side: SIDE_IDS[header.replace(/:.*/, "")],
              own: group("own"),
              hearsay: group("hearsay"),
              analysis: group("analysis"),
              gap: header.endsWith(": gap, no position of its own"),
            };
          }),
        };
      });
    expect(rows).toEqual(EXAMPLE_ROWS);
    // Each claim with who said it about whom, and its quote after its source id, verbatim.
    expect(stdout).toContain(
      "hearsay · supports · trump-accepted-invitation-per-lavrov (Sergey Lavrov about Donald Trump, via Rossiya 24, partial-quote)",
    );
    expect(stdout).toContain(
      "      [expert] “Jika Trump mencoba melakukan itu, ia akan menghadapi banyak penolakan politik di dalam negeri,” kata Kuzmarov.\n",
    );
    expect(stdout).toContain(
      "      [invitation] Meskipun demikian, ia mengatakan ia “melihat kemungkinan hal itu terjadi.”\n",
    );
    // The search: Indonesian stemming finds "undangan", its hits with their quotes.
    const search = stdout.split("\nSearch ")[1] ?? "";
    expect(search).toMatch(/^"undangan": [1-5] hits\n/);
    expect(search).toContain(
      "  claim putin-delivered-invitation (quote, id): …lalu di Alaska, Presiden Rusia Vladimir Putin menyampaikan [undangan] tersebut",
    );
    expect(search).toContain(`    [invitation] ${INVITATION_QUOTE}\n`);
  }, 120_000);

  it("exits 1 and names the fact when a quote is not in its source", async () => {
    const broken = join(work, "own-summit-broken");
    cpSync(ownSummit, broken, { recursive: true, verbatimSymlinks: true });
    const file = join(broken, "data/invitation.yaml");
    const data = readFileSync(file, "utf8");
    // The evidence, not the summary that quotes the same words.
    const evidence = "- Dalam konferensi pers bersama dengan Putin pekan lalu, Trump mengakui ia mungkin";
    expect(data.split(evidence)).toHaveLength(2);
    writeFileSync(file, data.replace(evidence, evidence.replace("mungkin", "pasti")));
    const { code, stdout, stderr } = await runStatus("npm", ["start", "--silent"], broken);
    expect(code).toBe(1);
    expect(stdout).not.toContain("Comparison:");
    expect(stderr).toMatch(/The summit does not build \(\d+ problems\):/);
    expect(stderr).toMatch(/- .*\(trump-might-get-pressure\).*quote not found in source "invitation"/);
  }, 120_000);
});

describe("a consumer project, on every runtime", () => {
  // What the probe answers from the sources in this repo; each runtime must answer the same.
  let reference: Awaited<ReturnType<typeof probe>>;
  beforeAll(async () => {
    reference = await probe(core, authoring, exampleFiles(exampleDir));
  });

  it("answers the same from the sources in the repo: the Alaska summit and the example's", () => {
    expect(reference.alaska).toMatchObject({
      date: "2025-08-15",
      columns: ["united-states", "russia"],
      frozen: true,
    });
    expect(reference.alaska.rows).toBe(core.getSummit("alaska-2025").issues().length);
    expect(reference.alaska.hit.join(" ")).toMatch(/sepakat/);
    expect(reference.example).toEqual({
      ok: true,
      summit: "anchorage-invitation-2025",
      columns: ["United States", "Russia"],
      rows: EXAMPLE_ROWS,
      hit: { id: "putin-delivered-invitation", quote: INVITATION_QUOTE },
    });
  });

  /** Bundles a consumer's entry as a bundler would for the web, from the consumer's node_modules. */
  const bundle = (entry: string, outfile: string, options: BuildOptions) =>
    build({
      absWorkingDir: consumer,
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: "browser",
      logLevel: "silent",
      ...options,
    });

  const answer = async (command: string, args: string[]) => {
    const { stdout } = await run(command, args, consumer);
    return JSON.parse(stdout);
  };

  it("Node, ESM (import)", async () => {
    expect(await answer(process.execPath, ["esm.mjs"])).toEqual(reference);
  }, 60_000);

  it("Node, CommonJS (require of the ESM-only package, Node 20.19+)", async () => {
    expect(process.features).toHaveProperty("require_module", true);
    expect(await answer(process.execPath, ["cjs.cjs"])).toEqual(reference);
  }, 60_000);

  it("Deno, with no permissions", async () => {
    expect(await answer(bin("deno"), ["run", "--no-prompt", "esm.mjs"])).toEqual(reference);
  }, 120_000);

  it("Bun", async () => {
    expect(await answer(bin("bun"), ["esm.mjs"])).toEqual(reference);
  }, 60_000);

  it("a browser bundle (esbuild) in headless Chromium", async () => {
    await bundle("browser.mjs", "browser.js", { format: "iife" });
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(pathToFileURL(join(consumer, "index.html")).href);
      const result = await page.evaluate(
        () => (globalThis as { parleyProbe?: Promise<unknown> }).parleyProbe,
      );
      expect(errors).toEqual([]);
      expect(result).toEqual(reference);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it("workerd, as a Worker bundle (esbuild, Miniflare)", async () => {
    await bundle("worker.mjs", "worker.js", { format: "esm", conditions: ["workerd", "worker"] });
    const worker = new Miniflare({
      modules: true,
      scriptPath: join(consumer, "worker.js"),
      modulesRoot: consumer,
      compatibilityDate: "2025-09-01",
      // No request.cf from Cloudflare's servers: the test reaches no network.
      cf: false,
    });
    try {
      const response = await worker.dispatchFetch("http://localhost/");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(reference);
    } finally {
      await worker.dispose();
    }
  }, 120_000);
});

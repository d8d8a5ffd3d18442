import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getSummit } from "@parley/core";
import { afterAll, describe, expect, it } from "vitest";
import type * as CodeCache from "./code-cache.ts";
import { ONE_COLUMN } from "./terminal-text/one-column.ts";

// The built CLI: how it starts decides how soon the first line or frame appears.
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const bundlePath = `${dist}parley.cjs`;
const bundle = readFileSync(bundlePath, "utf8");
// The shipped loader itself, as the bin runs it.
const { cachePathOf, loadBundle } = (await import(
  pathToFileURL(`${dist}code-cache.mjs`).href
)) as typeof CodeCache;

const scratch = mkdtempSync(join(tmpdir(), "parley-bundle-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the bundle", () => {
  it("runs with the code cache the build made for this Node, and without one on another", () => {
    const loaded = loadBundle(pathToFileURL(bundlePath));
    expect(typeof loaded.exports.run).toBe("function");
    // The test matrix runs the same build on a second Node, which has no cache of its own.
    expect(loaded.cache).toBe(existsSync(cachePathOf(bundlePath)) ? "accepted" : "none");
  });

  it("still runs when its cache is damaged: V8 rejects it and compiles the script", () => {
    const copy = join(scratch, "dist");
    cpSync(dist, copy, { recursive: true });
    const cache = cachePathOf(join(copy, "parley.cjs"));
    const size = existsSync(cache) ? statSync(cache).size : 4096;
    writeFileSync(cache, Buffer.alloc(size, 7));
    expect(loadBundle(pathToFileURL(join(copy, "parley.cjs"))).cache).toBe("rejected");
    const out = execFileSync(process.execPath, [join(copy, "cli.js"), "actors"], { encoding: "utf8" });
    expect(out).toContain("russia  Russia (state)");
  });

  it("is ASCII, so that Node reads it into a one-byte string", () => {
    expect(bundle.match(/[^\0-\x7F]/g)).toBeNull();
    // Orama's tokenizer regexes, escaped, still split English and French words as written.
    const out = execFileSync(process.execPath, [join(dist, "cli.js"), "search", "peace", "--json"], {
      encoding: "utf8",
    });
    expect(JSON.parse(out).length).toBeGreaterThan(0);
  });

  it("draws a frame without loading child_process or assert, which Ink's dependencies ask for", () => {
    // The build's warm-up (a comparison printed, a frame drawn and a key pressed in memory) in a
    // fresh Node, which then lists the Node modules it loaded.
    const script = `
      const { loadBundle } = await import(${JSON.stringify(pathToFileURL(`${dist}code-cache.mjs`).href)});
      await loadBundle(new URL(${JSON.stringify(pathToFileURL(bundlePath).href)})).exports.warmUp();
      console.log(JSON.stringify(process.moduleLoadList));`;
    const loaded = JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }),
    ) as string[];
    expect(loaded).toContain("NativeModule tty");
    expect(loaded).not.toContain("NativeModule child_process");
    expect(loaded).not.toContain("NativeModule assert");
  });

  it("gives Ink's modules the process object itself, not each a copy of its properties", () => {
    expect(bundle.includes('require("node:process")')).toBe(false);
  });

  it("uses React's production build and leaves out the devtools bridge", () => {
    expect(bundle).not.toContain("connectToDevTools");
    expect(bundle).not.toContain("Sec-WebSocket-Key");
    expect(bundle).not.toMatch(/react-reconciler\.development|react-jsx-runtime\.development/);
  });

  it("gives Ink the fast text paths and compiles yoga's bytes without its loader's fetch", () => {
    // src/terminal-text/ stands in for string-width, slice-ansi and ansi-tokenize (their fallbacks
    // are bundled too); one Intl.Segmenter is left, and it and string-width's emoji regex (a
    // literal, not new RegExp, which esbuild would write for Node 20) are created on first use.
    // (includes, not toContain: a failure would print the whole bundle)
    const oneColumnClass = JSON.stringify(ONE_COLUMN.source.slice(2, -3)).slice(1, -1);
    expect(bundle.includes(oneColumnClass)).toBe(true);
    expect(bundle.match(/\?\?=new Intl\.Segmenter\(/g)).toHaveLength(1);
    expect(bundle.split("new Intl.Segmenter")).toHaveLength(2);
    expect(bundle.includes("??=/^\\p{RGI_Emoji}$/v)")).toBe(true);
    expect(bundle).not.toMatch(/new RegExp\("\^\\\\p\{RGI_Emoji/);
    // yoga's loader is given the instance, and its data: URL is gone.
    expect(bundle).toContain("instantiateWasm(");
    expect(bundle).toContain('"data:application/octet-stream;base64,"');
  });

  it("leaves the API's answer schemas, and zod, to dist/wire.cjs, which only --api loads", () => {
    expect(bundle).toContain('require("./wire.cjs")');
    // (includes, not toContain: a failure would print the whole bundle)
    expect(bundle.includes("$ZodObject")).toBe(false);
    expect(readFileSync(`${dist}wire.cjs`, "utf8")).toContain("$ZodObject");
  });

  it("reads the summit's data and yoga's WebAssembly from files beside it, not from its own text", () => {
    // As literals they were read with the bundle and stored again in its code cache.
    expect(JSON.parse(readFileSync(`${dist}alaska-2025.json`, "utf8"))).toEqual(
      getSummit("alaska-2025").dataset,
    );
    expect(readFileSync(`${dist}yoga.wasm`).subarray(0, 4)).toEqual(Buffer.from("\0asm"));
    // (includes, not toContain: a failure would print the whole bundle)
    expect(bundle.includes('{"summit":{')).toBe(false);
    expect(bundle.includes(Buffer.from("\0asm").toString("base64").slice(0, 5))).toBe(false);
    // The MCP server's bundle, loaded from dist/ too, reads the same file.
    expect(readFileSync(`${dist}mcp.cjs`, "utf8").includes('{"summit":{')).toBe(false);
  });
});

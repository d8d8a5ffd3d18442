import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/**
 * The CLI ships as one CommonJS script, dist/parley.cjs, with V8's compiled code for it beside it
 * in parley.cjs.node-<version>.cache. Parsing and compiling the bundle was a third of the time to
 * the first frame (~50 ms); with the code V8 compiled while the build drew a first frame
 * (scripts/build.mjs), a start skips most of it. Node 20 can cache compiled code only for a
 * classic script run through node:vm, not for ES modules, hence CommonJS. The cache is named after
 * the Node that made it; on any other there is none and the bundle compiles as usual (V8 would
 * reject it anyway).
 */

/** What parley.cjs exports (src/cli.tsx). */
export interface CliBundle {
  run(argv: readonly string[]): void;
  warmUp(): Promise<void>;
}

export interface LoadedBundle {
  exports: CliBundle;
  script: Script;
  cache: "accepted" | "rejected" | "none";
}

export const cachePathOf = (bundlePath: string) => `${bundlePath}.node-${process.version}.cache`;

/**
 * The bundle runs as Node runs a CommonJS module, inside a function of these five. Producing and
 * consuming a cache must compile the very same text: V8 matches a cache to its source by length.
 */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/** Compiles the bundle, with its code cache unless told not to, and runs it for its exports. */
export function loadBundle(url: URL, { useCache = true } = {}): LoadedBundle {
  const path = fileURLToPath(url);
  const cachePath = cachePathOf(path);
  const cachedData = useCache && existsSync(cachePath) ? readFileSync(cachePath) : undefined;
  const script = new Script(wrap(readFileSync(path, "utf8")), {
    filename: path,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module = { exports: {} as CliBundle };
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path));
  const cache = cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "accepted";
  return { exports: module.exports, script, cache };
}

/**
 * Writes the code V8 has compiled for the bundle so far, functions compiled lazily included, next
 * to it. Written whole or not at all: a run reading it meanwhile sees the old file or the new one.
 */
export function saveCodeCache(bundle: LoadedBundle, url: URL): void {
  const path = cachePathOf(fileURLToPath(url));
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, bundle.script.createCachedData());
  renameSync(partial, path);
}

// Builds the CLI for a quick first frame (see bench/): the whole CLI as one CommonJS script,
// dist/parley.cjs, with V8's compiled code for it beside it (src/code-cache.ts), and the
// bin, dist/cli.js, that runs the two. The core is bundled from its source, which its exports
// point at inside the repo.
import { execFileSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Replaces `from` with `to` in a dependency's file, failing the build if it is not there once. */
function patch(source, from, to, file) {
  const parts = source.split(from);
  if (parts.length !== 2) throw new Error(`${file} no longer has ${from} once: review this patch`);
  return parts.join(to);
}

// Ink imports its React DevTools bridge (and through it `ws`) only when DEV=true; the bundle
// stands it in with nothing, so 50 kB are never parsed and DEV=true does not crash on a missing
// react-devtools-core. The two top-level awaits that serve DEV=true (the bridge and reading
// Ink's package.json, which is not in the bundle) go too: a CommonJS script cannot await at its top.
const withoutDevtools = {
  name: "without-react-devtools",
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]/.test(args.importer) ? { path: "devtools", namespace: "empty" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {};" }));
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, async (args) => {
      let source = await readFile(args.path, "utf8");
      source = patch(source, "await import('./devtools.js');", "", args.path);
      source = patch(
        source,
        "? await loadPackageJson()",
        "? { name: undefined, version: undefined }",
        args.path,
      );
      return { contents: source, loader: "js" };
    });
  },
};

// Data the bundle reads from files beside it in dist/, by name, written after the build. A literal
// in the bundle is read with it, copied into V8's heap, and stored again in its code cache, which
// V8 reads back whole at every start: the summit's data and yoga's WebAssembly were 40% of the
// bundle and a third of the cache, ~10 ms of the first frame. A file is read once.
const besideBundle = new Map();

// yoga (Ink's layout engine) ships its WebAssembly as a base64 data: URL inside an Emscripten
// loader, and its entry awaits that loader at the top. The bundle's yoga-layout instead compiles
// the bytes synchronously (Emscripten's instantiateWasm hook), which a CommonJS script needs, and
// which skips the loader's fetch() of its own data: URL: in Node that loaded undici and ran its
// data-URL parser over 90 kB before compiling, ~30 ms of the first frame. The bytes are a file
// beside the bundle, dist/yoga.wasm.
const DATA_URL = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
const syncYoga = {
  name: "sync-yoga",
  setup(build) {
    build.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, async (args) => {
      const loaderPath = join(dirname(args.path), "../binaries/yoga-wasm-base64-esm.js");
      const wasm = DATA_URL.exec(await readFile(loaderPath, "utf8"))?.[1];
      if (wasm === undefined) throw new Error(`${loaderPath} no longer holds its WebAssembly as a data: URL`);
      besideBundle.set("yoga.wasm", Buffer.from(wasm, "base64"));
      // What this entry stands in for: fail the build if yoga's own changes.
      if (!(await readFile(args.path, "utf8")).includes("const Yoga = wrapAssembly(await loadYoga());")) {
        throw new Error(`${args.path} changed: review the sync-yoga plugin`);
      }
      return {
        loader: "js",
        resolveDir: dirname(args.path),
        contents: `
import { readFileSync } from "node:fs";
import { join } from "node:path";
import loadYoga from "../binaries/yoga-wasm-base64-esm.js";
import wrapAssembly from "./wrapAssembly.js";
const bytes = readFileSync(join(__dirname, "yoga.wasm"));
const module = {
  instantiateWasm(imports, receive) {
    receive(new WebAssembly.Instance(new WebAssembly.Module(bytes), imports));
    return {};
  },
};
// With the instance at hand the loader finishes before returning; its promise is not needed.
loadYoga(module);
const Yoga = wrapAssembly(module);
export default Yoga;
export * from "./generated/YGEnums.js";
`,
      };
    });
    // The loader's own copy of the bytes is never read now: leave it out of the bundle.
    build.onLoad({ filter: /[\\/]yoga-layout[\\/].*yoga-wasm-base64-esm\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const [dataUrl] = DATA_URL.exec(source) ?? [];
      if (dataUrl === undefined)
        throw new Error(`${args.path} no longer holds its WebAssembly as a data: URL`);
      return {
        contents: patch(source, dataUrl, '"data:application/octet-stream;base64,"', args.path),
        loader: "js",
      };
    });
  },
};

// Ink and its helpers (wrap-ansi, widest-line, cli-truncate) measure, cut and restyle text with
// string-width, slice-ansi and @alcalzone/ansi-tokenize; the bundle gives them the faster
// equivalents in src/terminal-text/, which fall back to the packages themselves.
const terminalText = {
  "string-width": "string-width.ts",
  "slice-ansi": "slice-ansi.ts",
  "@alcalzone/ansi-tokenize": "ansi-tokenize.ts",
};
const withTerminalText = {
  name: "terminal-text",
  setup(build) {
    const stands = Object.fromEntries(
      Object.entries(terminalText).map(([name, file]) => [
        name,
        fileURLToPath(new URL(`../src/terminal-text/${file}`, import.meta.url)),
      ]),
    );
    build.onResolve({ filter: /^(string-width|slice-ansi|@alcalzone\/ansi-tokenize)$/ }, (args) => {
      const path = stands[args.path];
      return args.importer === path ? undefined : { path };
    });
  },
};

// string-width, slice-ansi and @alcalzone/ansi-tokenize segment every styled line Ink draws, each
// with an Intl.Segmenter it creates as it loads; ICU's first costs 20-30 ms, and each segment() call
// more. The bundle gives them src/terminal-text/graphemes.ts instead, which cuts Parley's text into
// code units without ICU. string-width's \p{RGI_Emoji} literal costs 5-15 ms as V8 meets it, for
// emoji Parley does not draw: it is created on first use. The build then checks that nothing
// creates either as the bundle loads.
const GRAPHEMES = fileURLToPath(new URL("../src/terminal-text/graphemes.ts", import.meta.url));
const SEGMENTER = /const (\w+) = new Intl\.Segmenter\((|undefined, \{ ?granularity: ["']grapheme["'] ?\})\);/;
const RGI_EMOJI = /const (\w+) = (\/\^\\p\{RGI_Emoji\}\$\/v);/;
const unicodeOnDemand = {
  name: "unicode-on-demand",
  setup(build) {
    build.onLoad({ filter: /[\\/](string-width|slice-ansi|ansi-tokenize)[\\/].*\.js$/ }, async (args) => {
      let source = await readFile(args.path, "utf8");
      const original = source;
      const [segmenter, name] = SEGMENTER.exec(source) ?? [];
      if (segmenter !== undefined) {
        source = `import { graphemeSegmenter } from ${JSON.stringify(GRAPHEMES)};\n${patch(source, segmenter, `const ${name} = graphemeSegmenter();`, args.path)}`;
      }
      const [emoji, regex, literal] = RGI_EMOJI.exec(source) ?? [];
      if (emoji !== undefined) {
        // string-width only ever calls its test().
        const lazy = `let ${regex}_; const ${regex} = { test: (text) => (${regex}_ ??= ${literal}).test(text) };`;
        source = patch(source, emoji, lazy, args.path);
      }
      return source === original ? undefined : { contents: source, loader: "js" };
    });
  },
};

// Ink's dependencies load Node modules as Ink loads, for what a start seldom or never needs:
// terminal-size, child_process (to ask `tput` the size of a terminal that does not report it);
// signal-exit 3, assert (to check that a callback is a function). ~10 ms of every start together.
// The bundle gives them stand-ins in src/patches/ that load the module when it is needed, and the
// process object where they import node:process (process.ts says why).
const builtinStandIns = {
  name: "builtin-stand-ins",
  setup(build) {
    const stand = (file) => fileURLToPath(new URL(`../src/patches/${file}`, import.meta.url));
    const standIns = [
      {
        module: /^(node:)?child_process$/,
        importer: /[\\/]terminal-size[\\/]/,
        path: stand("child-process.ts"),
      },
      { module: /^(node:)?assert$/, importer: /[\\/]signal-exit[\\/]/, path: stand("assert.ts") },
      { module: /^(node:)?process$/, importer: /[\\/]node_modules[\\/]/, path: stand("process.ts") },
    ];
    build.onResolve({ filter: /^(node:)?(child_process|assert|process)$/ }, (args) => {
      const standIn = standIns.find((s) => s.module.test(args.path) && s.importer.test(args.importer));
      return standIn === undefined ? undefined : { path: standIn.path };
    });
    // assert.ts has equal() only: fail the build if signal-exit calls anything else of assert.
    build.onLoad({ filter: /[\\/]signal-exit[\\/]index\.js$/ }, async (args) => {
      const uses = (await readFile(args.path, "utf8")).match(/\bassert\.\w+/g) ?? [];
      if (uses.some((use) => use !== "assert.equal")) {
        throw new Error(`${args.path} uses ${uses.join(", ")}: extend src/patches/assert.ts`);
      }
      return undefined;
    });
  },
};

const REACT_ONCE = fileURLToPath(new URL("../src/patches/react.js", import.meta.url));
const reactOnce = {
  name: "react-once",
  setup(build) {
    build.onResolve({ filter: /^react$/ }, (args) =>
      args.kind === "import-statement" && args.importer !== REACT_ONCE ? { path: REACT_ONCE } : undefined,
    );
  },
};

// The core's bundled summit, as scripts/generate.ts wrote it: its data (290 kB of JSON) is read
// from dist/alaska-2025.json as the core loads; its search index (43 kB, parsed on a first search
// only) stays in the bundle.
const GENERATED_SUMMIT = /[\\/]packages[\\/]core[\\/]src[\\/]generated[\\/]alaska-2025\.ts$/;
const summitDataApart = {
  name: "summit-data-apart",
  setup(build) {
    build.onLoad({ filter: GENERATED_SUMMIT }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const {
        alaska2025Json: data,
        alaska2025SearchJson: searchIndex,
        ...others
      } = Object.fromEntries(
        [...source.matchAll(/^export const (\w+): string = (".*");$/gm)].map(([, name, literal]) => [
          name,
          JSON.parse(literal),
        ]),
      );
      if (data === undefined || searchIndex === undefined || Object.keys(others).length > 0) {
        throw new Error(`${args.path} changed: review the summit-data-apart plugin`);
      }
      besideBundle.set("alaska-2025.json", data);
      return {
        loader: "js",
        contents: `
import { readFileSync } from "node:fs";
import { join } from "node:path";
export const alaska2025Json = readFileSync(join(__dirname, "alaska-2025.json"), "utf8");
export const alaska2025SearchJson = ${JSON.stringify(searchIndex)};
`,
      };
    });
  },
};

// Code that few starts run is in bundles of its own, built below, that the bundle loads through
// its require when it is needed: the CLI's start, and the TUI's first frame, never read them.
// `parley mcp` loads the MCP server and its SDK; `--api` the schemas that check the API's answers,
// and zod with them (a sixth of the bundle).
const APART = [
  { entry: "src/mcp.ts", importer: /[\\/]src[\\/]cli\.tsx$/, bundle: "mcp.cjs" },
  { entry: "src/data/wire.ts", importer: /[\\/]src[\\/]data[\\/]remote\.ts$/, bundle: "wire.cjs" },
];
const bundlesApart = {
  name: "bundles-apart",
  setup(build) {
    build.onResolve({ filter: /^\.\/\w+\.ts$/ }, (args) => {
      const apart = APART.find(
        ({ entry, importer }) => basename(entry) === basename(args.path) && importer.test(args.importer),
      );
      return apart === undefined ? undefined : { path: `./${apart.bundle}`, external: true };
    });
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
};

await rm("dist", { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ["src/cli.tsx"],
  outfile: "dist/parley.cjs",
  format: "cjs",
  // esbuild's table says Node 20 lacks RegExp's v flag and rewrites /…/v literals as new RegExp(…),
  // which V8 parses at load instead of on first use: string-width's \p{RGI_Emoji} alone costs ~20 ms
  // there. Node 20.0's V8 (11.3) has the v flag.
  // The bundle runs as a classic script through node:vm (src/code-cache.ts), where import()
  // has no loader: the external imports of the bundles apart must become requires.
  supported: { "regexp-set-notation": true, "dynamic-import": false },
  jsx: "automatic",
  // React's production build.
  define: { "process.env.NODE_ENV": '"production"' },
  // Ink draws only the last frame when is-in-ci finds a CI variable; parley draws only with a
  // terminal on both ends, where a person is watching (src/patches/is-in-ci.ts).
  alias: { "is-in-ci": "./src/patches/is-in-ci.ts" },
  plugins: [
    withoutDevtools,
    syncYoga,
    withTerminalText,
    unicodeOnDemand,
    reactOnce,
    bundlesApart,
    builtinStandIns,
    summitDataApart,
  ],
});
// Loaded by the bundle's require from dist/: the MCP server reads the same data file.
for (const { entry, bundle } of APART) {
  await build({
    ...common,
    entryPoints: [entry],
    outfile: `dist/${bundle}`,
    format: "cjs",
    plugins: [summitDataApart],
  });
}
for (const [name, contents] of besideBundle) await writeFile(join("dist", name), contents);
// esbuild escapes what is not ASCII everywhere but in regex literals, and Orama's tokenizer splits
// words with regexes such as /[^a-z0-9äâàéèëêïîöôùüûœç-]+/: with one such character the whole bundle
// is read as UTF-8 into a two-byte string (~13 ms of the first frame, against ~1 ms for ASCII) and
// V8 scans twice the bytes. \uXXXX means the same code unit in a regex (with or without u or v),
// a string, a template or an identifier, so every one is escaped; not in String.raw, which keeps
// the backslash: the build stops if one holds such a character.
const emitted = await readFile("dist/parley.cjs", "utf8");
if ([...emitted.matchAll(/String\.raw`([^`]*)`/g)].some(([, raw]) => /[^\0-\x7F]/.test(raw ?? ""))) {
  throw new Error(
    "dist/parley.cjs has a String.raw template with a character past ASCII: escaping it would change it",
  );
}
const bundled = emitted.replace(
  /[^\0-\x7F]/g,
  (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
);
await writeFile("dist/parley.cjs", bundled);
for (const costly of ["new Intl.Segmenter", "/^\\p{RGI_Emoji}$/v"]) {
  if (
    bundled
      .split(costly)
      .slice(0, -1)
      .some((before) => !before.endsWith("??="))
  ) {
    throw new Error(`dist/parley.cjs evaluates ${costly} as it loads: extend the unicode-on-demand plugin`);
  }
}
// The bin, CommonJS like the bundle it runs: an ES module bin made Node set up its ES module loader
// first (~20 ms of every start). dist/package.json says so, the bin keeping its name cli.js; its
// import.meta.url is its file's URL, as in the source.
await build({
  ...common,
  entryPoints: { cli: "src/bin.ts" },
  outdir: "dist",
  format: "cjs",
  define: { "import.meta.url": "importMetaUrl" },
  banner: {
    js: '#!/usr/bin/env node\nconst importMetaUrl = require("node:url").pathToFileURL(__filename).href;',
  },
});
await writeFile("dist/package.json", `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
// The loader on its own, an ES module, for the warm-up below and the tests.
await build({ ...common, entryPoints: ["src/code-cache.ts"], outfile: "dist/code-cache.mjs", format: "esm" });
// Record the code a start compiles, in a fresh Node with default flags as `parley` runs. Ink's
// exit handler shows the cursor on stderr, which is kept for when the warm-up fails.
try {
  execFileSync(process.execPath, ["scripts/warm-code-cache.mjs"], { stdio: ["ignore", "inherit", "pipe"] });
} catch (error) {
  // Node quotes the failing line, which in a minified bundle is most of it: keep line starts.
  const stderr = String(error.stderr ?? error)
    .split("\n")
    .map((line) => line.slice(0, 300));
  throw new Error(`warming the code cache failed:\n${stderr.join("\n")}`);
}

// Bundles the CLI: starting a few files is much faster than resolving hundreds of modules, and
// the first frame has to be drawn quickly (see bench/). The core is bundled from its source
// through the "@parley/source" condition.
import { readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// Ink imports its React DevTools bridge (and through it `ws`) only when DEV=true; the bundle
// stands it in with nothing, so 50 kB are never parsed and DEV=true does not crash on a missing
// react-devtools-core.
const withoutDevtools = {
  name: "without-react-devtools",
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]/.test(args.importer) ? { path: "devtools", namespace: "empty" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {};" }));
  },
};

// yoga (Ink's layout engine) ships its WebAssembly as a base64 data: URL, and its Emscripten loader
// hands that URL to fetch() whenever fetch exists. In Node that loads undici and runs its data-URL
// parser over 90 kB of base64 before compiling, ~30 ms of the first frame. Without fetch the loader
// decodes the same bytes with atob and instantiates them, as it does in any runtime without fetch.
const yogaWithoutFetch = {
  name: "yoga-without-fetch",
  setup(build) {
    build.onLoad({ filter: /[\\/]yoga-layout[\\/].*yoga-wasm-base64-esm\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const check = '"function"!=typeof fetch';
      // Both the binary fetch and the instantiation check it. Fail the build, not the speed, if a
      // yoga update changes the loader.
      const parts = source.split(check);
      if (parts.length !== 3) throw new Error(`yoga's loader no longer checks ${check} twice`);
      return { contents: parts.join("true"), loader: "js" };
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

await rm("dist", { recursive: true, force: true });
await build({
  entryPoints: ["src/cli.tsx"],
  outdir: "dist",
  // Split at the dynamic imports: printing never parses Ink, React and yoga, and neither the UI
  // nor printing parse the API client unless --api asks for it.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // esbuild's table says Node 20 lacks RegExp's v flag and rewrites /…/v literals as new RegExp(…),
  // which V8 parses at load instead of on first use: string-width's \p{RGI_Emoji} alone costs ~20 ms
  // there. Node 20.0's V8 (11.3) has the v flag.
  supported: { "regexp-set-notation": true },
  conditions: ["@parley/source"],
  jsx: "automatic",
  minify: true,
  legalComments: "none",
  // React's production build.
  define: { "process.env.NODE_ENV": '"production"' },
  plugins: [withoutDevtools, yogaWithoutFetch, withTerminalText],
  // Some bundled CommonJS dependencies call require() on Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __parleyRequire } from 'node:module';\nconst require = __parleyRequire(import.meta.url);",
  },
  logLevel: "warning",
});

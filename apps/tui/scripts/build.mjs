// Bundles the CLI: starting a few files is much faster than resolving hundreds of modules, and
// the first frame has to be drawn quickly (see bench/). The core is bundled from its source
// through the "@parley/source" condition.
import { rm } from "node:fs/promises";
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
  conditions: ["@parley/source"],
  jsx: "automatic",
  minify: true,
  legalComments: "none",
  // React's production build.
  define: { "process.env.NODE_ENV": '"production"' },
  plugins: [withoutDevtools],
  // Some bundled CommonJS dependencies call require() on Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __parleyRequire } from 'node:module';\nconst require = __parleyRequire(import.meta.url);",
  },
  logLevel: "warning",
});

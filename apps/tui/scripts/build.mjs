// Bundles the CLI into one file: starting one file is much faster than resolving hundreds of
// modules, and the first frame has to be drawn quickly (see bench/). The core is bundled from
// its source through the "@parley/source" condition.
import { build } from "esbuild";

// Ink connects to React DevTools only when DEV=true; the bundle stands the package in with nothing
// rather than require it to be installed.
const withoutDevtools = {
  name: "without-react-devtools",
  setup(build) {
    build.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "devtools", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export default {};" }));
  },
};

await build({
  entryPoints: ["src/cli.tsx"],
  outfile: "dist/cli.js",
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

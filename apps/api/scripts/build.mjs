// Bundles one file per runtime into dist/, with the core compiled in from its TypeScript source.
// dist/worker.js is for workerd in the tests and the cold-start bench; what is deployed is
// wrangler's own bundle (`wrangler deploy --dry-run`, measured by the bench).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const common = {
  bundle: true,
  format: "esm",
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
};

mkdirSync("dist", { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ["src/runtime/node.ts"], outfile: "dist/node.js", platform: "node" }),
  build({ ...common, entryPoints: ["src/runtime/bun.ts"], outfile: "dist/bun.js", platform: "node" }),
  build({ ...common, entryPoints: ["src/runtime/deno.ts"], outfile: "dist/deno.js", platform: "browser" }),
  build({
    ...common,
    entryPoints: ["src/runtime/worker.ts"],
    outfile: "dist/worker.js",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    minify: true,
  }),
]);

// A workerd config for the bundle, so tests and the bench serve it through workerd's own HTTP
// layer (`workerd serve dist/workerd.capnp --socket-addr http=127.0.0.1:PORT`).
writeFileSync(
  "dist/workerd.capnp",
  `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "parley", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "parley")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "${JSON.parse(readFileSync("wrangler.jsonc", "utf8").replace(/^\s*\/\/.*$/gm, "")).compatibility_date}",
);
`,
);

import { loadBundle } from "./code-cache.ts";

// `parley`: runs the CLI bundle with its code cache (see code-cache.ts).
loadBundle(new URL("./parley.cjs", import.meta.url)).exports.run(process.argv.slice(2));

// Runs the freshly built bundle once without a terminal (cli.tsx's warmUp: a printed comparison,
// then a first frame and a key in memory) and saves the code V8 compiled for it as its code cache.
import { loadBundle, saveCodeCache } from "../dist/code-cache.mjs";

const url = new URL("../dist/parley.cjs", import.meta.url);
const bundle = loadBundle(url, { useCache: false });
await bundle.exports.warmUp();
saveCodeCache(bundle, url);

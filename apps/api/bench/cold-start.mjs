// Run in a fresh process: from loading the Worker bundle to its first answer (a comparison).
const start = performance.now();
const { default: app } = await import(new URL("../dist/worker.js", import.meta.url).href);
const loaded = performance.now();
const response = await app.fetch(new Request("http://127.0.0.1/v1/summits/alaska-2025/compare"));
await response.arrayBuffer();
const answered = performance.now();
if (response.status !== 200) throw new Error(`first response was ${response.status}`);
console.log(JSON.stringify({ loadMs: loaded - start, firstResponseMs: answered - start }));

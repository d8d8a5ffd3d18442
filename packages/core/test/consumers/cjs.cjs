// A consumer's CommonJS module: `require` of the ESM-only package (require(esm), Node 20.19+).
const core = require("@parley/core");
const authoring = require("@parley/core/authoring");
const { probe } = require("./probe.mjs");
const example = require("./example.mjs").default;

// biome-ignore lint/suspicious/noConsole: the answer is this program's output
probe(core, authoring, example).then((result) => console.log(JSON.stringify(result)));

// A consumer's ES module: Node, Deno (no permissions) and Bun run this file as it is.
import * as core from "@parley/core";
import * as authoring from "@parley/core/authoring";
import example from "./example.mjs";
import { probe } from "./probe.mjs";

// biome-ignore lint/suspicious/noConsole: the answer is this program's output
console.log(JSON.stringify(await probe(core, authoring, example)));

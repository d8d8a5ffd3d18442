// A consumer's browser bundle (esbuild, platform browser): the page reads the result.
import * as core from "@parley/core";
import * as authoring from "@parley/core/authoring";
import example from "./example.mjs";
import { probe } from "./probe.mjs";

globalThis.parleyProbe = probe(core, authoring, example);

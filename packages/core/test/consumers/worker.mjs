// A consumer's Worker (esbuild, run in workerd): answers every request with the probe.
import * as core from "@parley/core";
import * as authoring from "@parley/core/authoring";
import example from "./example.mjs";
import { probe } from "./probe.mjs";

export default {
  async fetch() {
    return Response.json(await probe(core, authoring, example));
  },
};

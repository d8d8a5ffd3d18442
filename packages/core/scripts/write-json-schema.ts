/** Build step: writes the JSON Schema of the whole dataset, for users outside TypeScript. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { Dataset } from "../src/schema/index.ts";

const out = join(dirname(fileURLToPath(import.meta.url)), "../dist/parley.schema.json");
const schema = {
  ...z.toJSONSchema(Dataset, { target: "draft-2020-12" }),
  title: "Parley summit dataset",
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);

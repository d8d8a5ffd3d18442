import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { TOOL_NAMES, VALID_CALLS } from "./as-a-client.ts";
import { MCP_PATH } from "./http.ts";

// Whatever arguments a model sends a tool, the server answers with a tool result (an error the
// model can read, at worst), never a JSON-RPC error and never a 5xx. Seeded like app.fuzz.test.ts;
// `FUZZ_SEED`/`FUZZ_RUNS` widen the search.
const SEED = Number(process.env.FUZZ_SEED ?? 20250815);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const app = createApp();

/** The argument names the tools take, and values near and far from valid ones. */
const NAMES = [...new Set(Object.values(VALID_CALLS).flatMap((args) => Object.keys(args)))].concat([
  "summit",
  "issues",
  "actors",
  "kinds",
]);
const WORDS = [
  "alaska-2025",
  "russia",
  "Rusia",
  "AS",
  "Lavrov",
  "lavrof",
  "ukraine-war",
  "ceasefire",
  "sepakat",
  "gencatan senjata",
  "003",
  "003_541abc782ac656e9",
  "contradiction",
  "stated",
  "person",
  "discussed",
  "claim",
  "",
  " ",
  "<script>alert(1)</script>",
  "a".repeat(300),
  "__proto__",
  "constructor",
];
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer({ min: -5, max: 500 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);
const randomArguments = fc.dictionary(
  fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 10 })),
  value,
  {
    maxKeys: 5,
  },
);
// Valid calls with some arguments changed, so that answers are fuzzed too, not only errors.
const call = fc.oneof(
  fc.record({
    name: fc.oneof(fc.constantFrom(...TOOL_NAMES), fc.string({ maxLength: 20 })),
    arguments: randomArguments,
  }),
  fc.constantFrom(...TOOL_NAMES).chain((name) =>
    fc.record({
      name: fc.constant(name),
      arguments: randomArguments.map((changed) => ({ ...VALID_CALLS[name], ...changed })),
    }),
  ),
  fc.constantFrom(...TOOL_NAMES).map((name) => ({ name, arguments: VALID_CALLS[name] ?? {} })),
);

describe("MCP tools under random arguments", () => {
  it("always answer a tool result, with structured content unless it is an error; never a protocol error or a 5xx", async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(call, async (params) => {
        const res = await app.request(MCP_PATH, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
          body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params }),
        });
        expect(res.status).toBe(200);
        const body = await res.json();
        expect(body.error).toBeUndefined();
        expect(body.result.content[0].type).toBe("text");
        answered += body.result.isError ? 0 : 1;
        // A bug is answered as a tool error too; here it fails the property.
        if (body.result.isError) expect(body.result.content[0].text).not.toMatch(/bug in Parley|\n\s+at /);
        else expect(body.result.structuredContent).toBeTypeOf("object");
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The property saw answers, not only errors.
    expect(answered).toBeGreaterThan(RUNS / 10);
  });
});

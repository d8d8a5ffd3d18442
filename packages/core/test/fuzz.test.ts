import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, type Evidence, getSummit, ParleyError, search } from "../src/index.ts";
import { checkIntegrity } from "../src/integrity.ts";

// A fixed seed keeps CI repeatable; FUZZ_RUNS raises the count for the longer run in `pnpm bench`.
const params = {
  seed: Number(process.env.FUZZ_SEED ?? 20250815),
  numRuns: Number(process.env.FUZZ_RUNS ?? 200),
};
const model = getSummit("alaska-2025");
const dataset = model.dataset;

/** Runs `fn`; passes when it returns or throws one of the core's typed errors. */
const answersOrTypedError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ParleyError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
};

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", " ", "__proto__", "constructor"),
);
const oneOrMany = (valid: readonly string[]) => {
  const value = fc.oneof(fc.constantFrom(...valid), anyText);
  return fc.oneof(value, fc.array(value, { maxLength: 4 }));
};
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe("core queries under random arguments", () => {
  it("filters answer or throw a typed error, never anything else", () => {
    const filter = fc.record(
      {
        actor: oneOrMany(ids(dataset.actors)),
        side: oneOrMany(["united-states", "russia", "AS", "Rusia"]),
        issue: oneOrMany(ids(dataset.issues)),
        source: oneOrMany([...ids(dataset.sources), "000", "004"]),
        speaker: oneOrMany(ids(dataset.actors)),
        subject: oneOrMany(["Trump", "Putin", "AS"]),
        attribution: oneOrMany(["direct-quote", "partial-quote", "reported-speech", "narration", "analysis"]),
        kind: oneOrMany(["position", "fact"]),
        stance: oneOrMany(["supports", "opposes", "sceptical"]),
        occasion: oneOrMany(["at-summit", "undated-interview", "none"]),
        review: oneOrMany(["draft", "reviewed"]),
        outcome: oneOrMany(ids(dataset.outcomes)),
        status: oneOrMany(["agreed", "planned", "discussed"]),
        basis: oneOrMany(["stated", "inferred"]),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filter, (f) => {
        answersOrTypedError(() => model.claims(f as never));
        answersOrTypedError(() => model.actors(f as never));
        answersOrTypedError(() => model.issues(f as never));
        answersOrTypedError(() => model.outcomes(f as never));
        answersOrTypedError(() => model.discrepancies(f as never));
        answersOrTypedError(() => model.timeline(f as never));
      }),
      params,
    );
  });

  it("compare answers with consistent gaps or throws a typed error", () => {
    const list = (valid: readonly string[]) =>
      fc.array(fc.oneof(fc.constantFrom(...valid), anyText), { maxLength: 4 });
    const options = fc.record(
      {
        issues: list(ids(dataset.issues)),
        sides: list(["united-states", "russia", "ukraine", "nato"]),
        actors: list(["Lavrov", "Rubio", "donald-trump", "vladimir-putin"]),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(options, (o) =>
        answersOrTypedError(() => {
          const comparison = compare(model, o);
          for (const row of comparison.rows) {
            expect(row.cells).toHaveLength(comparison.columns.length);
            for (const cell of row.cells) expect(cell.gap).toBe(cell.own.length === 0);
          }
        }),
      ),
      params,
    );
  });

  it("search never throws and keeps its limit, for any string and any limit", () => {
    const query = fc.oneof(
      anyText,
      fc.string({ unit: "grapheme", maxLength: 2000 }),
      fc.constantFrom("sepakat", "damai"),
    );
    const limit = fc.oneof(fc.integer(), fc.double(), fc.constant(undefined));
    fc.assert(
      fc.property(query, limit, (q, l) => {
        const hits = search(model, q, { limit: l });
        expect(hits.length).toBeLessThanOrEqual(200);
        for (const hit of hits) expect(hit.snippet.some((f) => f.match)).toBe(true);
      }),
      params,
    );
  });
});

describe("the integrity check under mutation", () => {
  // The shared model's data is frozen; mutate a copy.
  const dataset = structuredClone(model.dataset);
  // Every evidence of every fact, with the path that leads to it.
  const all: Evidence[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      if ("quote" in value && "position" in value) all.push(value as Evidence);
      else Object.values(value).forEach(collect);
    }
  };
  collect({ ...dataset, sources: [] });

  it("fails when any evidence quote changes by one character", () => {
    expect(all.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(
        fc.nat(all.length - 1),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (which, at, char) => {
          const target = all[which] as Evidence;
          const exact = target.quote.exact;
          const i = at % exact.length;
          fc.pre(exact[i] !== char);
          const original = target.quote.exact;
          target.quote.exact = exact.slice(0, i) + char + exact.slice(i + 1);
          try {
            expect(checkIntegrity(dataset)).not.toEqual([]);
          } finally {
            target.quote.exact = original;
          }
        },
      ),
      params,
    );
    expect(checkIntegrity(dataset)).toEqual([]);
  });
});

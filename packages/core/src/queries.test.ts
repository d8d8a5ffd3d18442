import { describe, expect, it } from "vitest";
import { compare } from "./compare.ts";
import { InvalidQueryError, UnknownIdError } from "./errors.ts";
import { getSummit, summitIds } from "./registry.ts";
import { Comparison, SearchHit, SourceView } from "./schema/results.ts";
import { search } from "./search/search.ts";

const model = getSummit("alaska-2025");

describe("getSummit", () => {
  it("lists and opens the bundled summit", () => {
    expect(summitIds()).toEqual(["alaska-2025"]);
    expect(model.summit.date?.value).toBe("2025-08-15");
    expect(getSummit("alaska-2025")).toBe(model);
  });

  it("names the nearest summit for an unknown id", () => {
    expect(() => getSummit("alaska-2052")).toThrowError(
      expect.objectContaining({ kind: "summit", id: "alaska-2052", suggestions: ["alaska-2025"] }),
    );
    expect(() => getSummit("__proto__")).toThrowError(UnknownIdError);
  });
});

describe("lookups", () => {
  it("finds an actor by id or by a name the sources use", () => {
    expect(model.actor("Lavrov").id).toBe("sergey-lavrov");
    expect(model.actor("sergey-lavrov").name.en).toBe("Sergey Lavrov");
    expect(model.sideOf("sergey-lavrov")).toBe("russia");
    expect(model.sideOf("donald-trump")).toBe("united-states");
  });

  it("suggests the nearest ids for a misspelt one", () => {
    const error = (() => {
      try {
        model.actor("lavrof");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as UnknownIdError).suggestions).toContain("sergey-lavrov");
    expect((error as UnknownIdError).message).toMatch(/Unknown actor "lavrof". Did you mean "sergey-lavrov"/);
  });

  it("opens a source with the spans of the facts that quote it", () => {
    const { source, spans } = model.source("003_541abc782ac656e9");
    expect(source.text.startsWith("Pakar: Putin")).toBe(true);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect([...source.text].slice(span.start, span.end).join("")).toBe(span.exact);
    expect(model.source("003").source.id).toBe("003_541abc782ac656e9");
  });
});

describe("filters", () => {
  it("filters claims by side through the speaker's or subject's roles", () => {
    const russian = model.claims({ side: "russia" });
    expect(russian.length).toBeGreaterThan(0);
    for (const claim of russian) {
      expect([...claim.speakerIds, ...claim.subjectIds].map((id) => model.sideOf(id))).toContain("russia");
    }
  });

  it("filters claims by actor (speaker, subject or reporter), by speaker and by subject", () => {
    const lavrov = model.claims({ actor: "sergey-lavrov" });
    expect(lavrov.length).toBeGreaterThan(0);
    for (const claim of lavrov) {
      expect([...claim.speakerIds, ...claim.subjectIds, claim.reporterId]).toContain("sergey-lavrov");
    }
    const bySpeaker = model.claims({ speaker: "Lavrov" });
    expect(bySpeaker.length).toBeGreaterThan(0);
    for (const claim of bySpeaker) expect(claim.speakerIds).toContain("sergey-lavrov");
    const aboutTrump = model.claims({ subject: "Trump", speaker: "Lavrov" });
    expect(aboutTrump.length).toBeGreaterThan(0);
    for (const claim of aboutTrump) expect(claim.subjectIds).toContain("donald-trump");
  });

  it("filters claims by occasion (none for narration), review state and stance on an issue", () => {
    const narration = model.claims({ occasion: "none" });
    expect(narration.length).toBeGreaterThan(0);
    for (const claim of narration) expect(claim.attribution).toBe("narration");
    for (const claim of model.claims({ occasion: "press-conference" }))
      expect(claim.occasion).toBe("press-conference");
    expect(model.claims({ review: "reviewed" })).toHaveLength(model.claims().length);
    const supportsEnding = model.claims({ issue: "ukraine-war", stance: "supports" });
    expect(supportsEnding.length).toBeGreaterThan(0);
    for (const claim of supportsEnding) {
      expect(claim.stances).toContainEqual({ issueId: "ukraine-war", stance: "supports" });
    }
    expect(() => model.claims({ occasion: "yesterday" as never })).toThrowError(InvalidQueryError);
  });

  it("combines filters, each narrowing the result", () => {
    const all = model.claims();
    const bySource = model.claims({ source: "000_5837d935519e355e" });
    const narrower = model.claims({ source: "000_5837d935519e355e", attribution: "reported-speech" });
    expect(bySource.length).toBeLessThan(all.length);
    expect(narrower.length).toBeLessThanOrEqual(bySource.length);
    for (const claim of narrower) {
      expect(claim.attribution).toBe("reported-speech");
      expect(claim.evidence.some((e) => e.source === "000_5837d935519e355e")).toBe(true);
    }
  });

  it("rejects an unknown enum value and an unknown id with a typed error", () => {
    expect(() => model.claims({ attribution: "rumour" as never })).toThrowError(InvalidQueryError);
    expect(() => model.claims({ issue: "ukraine" })).toThrowError(
      expect.objectContaining({ kind: "issue", suggestions: expect.arrayContaining(["ukraine-war"]) }),
    );
    expect(() => model.claims({ side: "mars" })).toThrowError(UnknownIdError);
  });

  it("lists the timeline earliest first", () => {
    const dates = model.timeline().map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain("2025-08-15");
  });

  it("filters outcomes by status and discrepancies by source", () => {
    for (const o of model.outcomes({ status: "not-agreed" })) expect(o.status).toBe("not-agreed");
    for (const d of model.discrepancies({ source: "001_b0be9fc0d39ecfa9" })) {
      expect(d.variants.flatMap((v) => v.evidence).some((e) => e.source === "001_b0be9fc0d39ecfa9")).toBe(
        true,
      );
    }
  });

  it("filters discrepancies by kind, contradictions and framings together making all", () => {
    const contradictions = model.discrepancies({ kind: "contradiction" });
    const framings = model.discrepancies({ kind: ["framing"] });
    for (const d of contradictions) expect(d.kind).toBe("contradiction");
    for (const d of framings) expect(d.kind).toBe("framing");
    expect(contradictions.length + framings.length).toBe(model.discrepancies().length);
    expect(model.discrepancies({ kind: ["contradiction", "framing"] })).toEqual(model.discrepancies());
    expect(() => model.discrepancies({ kind: "disagreement" as never })).toThrowError(InvalidQueryError);
  });
});

describe("compare", () => {
  it("puts the United States and Russia side by side by default, one row per issue", () => {
    const comparison = compare(model);
    expect(comparison.by).toBe("side");
    expect(comparison.columns.map((c) => c.id)).toEqual(["united-states", "russia"]);
    expect(comparison.rows.map((r) => r.issue.id)).toEqual(model.issues().map((i) => i.id));
  });

  it("fills each cell with the side's own words, hearsay and analysis apart, and marks gaps", () => {
    const comparison = compare(model);
    const sides = (ids: readonly string[]) => ids.map((id) => model.sideOf(id));
    let gaps = 0;
    for (const row of comparison.rows) {
      for (const cell of row.cells) {
        expect(cell.gap).toBe(cell.own.length === 0);
        if (cell.gap) gaps++;
        for (const { claim, stance } of [...cell.own, ...cell.hearsay, ...cell.analysis]) {
          expect(claim.stances).toContainEqual({ issueId: row.issue.id, stance });
        }
        for (const { claim } of cell.own) {
          expect(sides(claim.speakerIds)).toContain(cell.columnId);
          expect(claim.attribution).not.toBe("analysis");
        }
        for (const { claim } of [...cell.hearsay, ...cell.analysis]) {
          expect(sides(claim.subjectIds)).toContain(cell.columnId);
          expect(sides(claim.speakerIds)).not.toContain(cell.columnId);
        }
      }
    }
    expect(gaps).toBeGreaterThan(0);
    expect(comparison.rows.some((r) => r.cells.every((c) => !c.gap))).toBe(true);
  });

  it("compares actors by name, showing what each asserts", () => {
    const comparison = compare(model, { actors: ["Lavrov", "Rubio"] });
    expect(comparison.by).toBe("actor");
    expect(comparison.columns.map((c) => c.id)).toEqual(["sergey-lavrov", "marco-rubio"]);
    expect(comparison.rows).toHaveLength(model.issues().length);
    const lavrov = comparison.rows.flatMap((r) => r.cells.filter((c) => c.columnId === "sergey-lavrov"));
    expect(lavrov.some((cell) => !cell.gap)).toBe(true);
    for (const cell of lavrov)
      for (const { claim } of cell.own) expect(claim.speakerIds).toContain("sergey-lavrov");
  });

  it("refuses fewer than two columns, both sides and actors, and unknown ids", () => {
    expect(() => compare(model, { sides: ["russia", "Rusia"] })).toThrowError(/at least two different sides/);
    expect(() => compare(model, { sides: ["russia"], actors: ["Lavrov", "Rubio"] })).toThrowError(
      InvalidQueryError,
    );
    expect(() => compare(model, { issues: ["nato-expansio"] })).toThrowError(UnknownIdError);
  });
});

describe("query results", () => {
  it("match the schemas that document them", () => {
    expect(Comparison.safeParse(compare(model)).success).toBe(true);
    expect(Comparison.safeParse(compare(model, { actors: ["Lavrov", "Rubio"] })).success).toBe(true);
    for (const source of model.sources())
      expect(SourceView.safeParse(model.source(source.id)).success).toBe(true);
    for (const hit of search(model, "damai perdamaian sanctions", { limit: 50 })) {
      expect(SearchHit.safeParse(hit).success).toBe(true);
    }
    expect(Comparison.safeParse({ by: "side", columns: [], rows: [{}] }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { getSummit } from "../registry.ts";
import { SummitModel } from "../summit-model.ts";
import { indonesianTerms } from "./languages.ts";
import { search } from "./search.ts";

const model = getSummit("alaska-2025");
const matchedText = (hit: { snippet: { text: string; match: boolean }[] }) =>
  hit.snippet
    .filter((f) => f.match)
    .map((f) => f.text.toLowerCase())
    .join(" ");

describe("Indonesian terms", () => {
  it("meets derived forms on a shared term", () => {
    const shares = (a: string, b: string) => indonesianTerms(a).some((t) => indonesianTerms(b).includes(t));
    expect(shares("sepakat", "kesepakatan")).toBe(true);
    expect(shares("damai", "perdamaian")).toBe(true);
    expect(shares("tegas", "menegaskan")).toBe(true);
    expect(shares("pulih", "pemulihan")).toBe(true);
    expect(shares("damai", "sanksi")).toBe(false);
  });
});

describe("search", () => {
  it('finds "kesepakatan" for "sepakat", highlighted', () => {
    const hits = search(model, "sepakat");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map(matchedText).join(" ")).toMatch(/kesepakatan/);
  });

  it('finds "perdamaian" for "damai"', () => {
    const hits = search(model, "damai", { limit: 50 });
    expect(hits.map(matchedText).join(" ")).toMatch(/perdamaian/);
  });

  it("searches English summaries", () => {
    const hits = search(model, "peace", { kinds: ["claim"] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ field: "summary", language: "en" });
    expect(hits[0]?.claim?.summary.en?.toLowerCase()).toContain("peace");
  });

  it("ranks hits that match every word of the query first", () => {
    const hits = search(model, "sanksi ekonomi", { limit: 50 });
    const counts = hits.map((h) => h.matchedWords);
    expect(counts[0]).toBe(2);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("gives each source hit the place of its paragraph", () => {
    const hit = search(model, "referendum", { kinds: ["source"] })[0];
    const text = model.source(hit?.id ?? "").source.text;
    const { start = 0, end = 0 } = hit?.paragraph ?? {};
    expect([...text].slice(start, end).join("")).toMatch(/referendum/i);
  });

  it("answers empty, symbol-only, huge and odd queries without throwing", () => {
    expect(search(model, "")).toEqual([]);
    expect(search(model, "  ?!  ")).toEqual([]);
    expect(Array.isArray(search(model, "damai ".repeat(10_000)))).toBe(true);
    expect(Array.isArray(search(model, "\u0000<script>𝔘𝔫𝔦𝔠𝔬𝔡𝔢"))).toBe(true);
    expect(search(model, "damai", { limit: 1 })).toHaveLength(1);
  });
});

describe("search snippets", () => {
  it("show a claim's verbatim quote when it matches as well as a summary", () => {
    const hits = search(model, "kesepakatan", { kinds: ["claim"], limit: 50 });
    const withQuote = hits.filter((h) => h.claim?.evidence.some((e) => /kesepakatan/i.test(e.quote.exact)));
    expect(withQuote.length).toBeGreaterThan(0);
    for (const hit of withQuote) expect(hit.field).toBe("quote");
  });
});

describe("the stored index", () => {
  it("answers exactly as an index built from the texts", () => {
    // The bundled summit reads the index the build stored; a model of the same data builds its own.
    const built = new SummitModel(structuredClone(model.dataset));
    const queries = [
      "sanksi",
      "kesepakatan damai",
      "peace talks",
      "Putin menegaskan",
      "wilayah Ukraina",
      "Alaska",
    ];
    for (const query of queries) {
      const stored = search(model, query, { limit: 50 });
      expect(stored.length, query).toBeGreaterThan(0);
      expect(stored, query).toEqual(search(built, query, { limit: 50 }));
    }
  });
});

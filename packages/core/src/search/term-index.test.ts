import { describe, expect, it } from "vitest";
import { buildTermIndex, loadTermIndex, saveTermIndex, scoreDocuments } from "./term-index.ts";

const docs = [
  { language: "id", terms: new Set(["damai", "dama", "rusia"]) },
  { language: "id", terms: new Set(["sanksi", "rusia"]) },
  { language: "en", terms: new Set(["peac", "peace"]) },
  { language: "id", terms: new Set(["damai", "ukraina", "wilayah", "rusia", "putin"]) },
];
const index = buildTermIndex(docs);
const byDoc = (scored: ReturnType<typeof scoreDocuments>) =>
  Object.fromEntries(scored.map(({ doc, ...rest }) => [doc, rest]));

describe("the term index", () => {
  it("finds the documents of the query's language that hold a term of a query word", () => {
    const hits = byDoc(scoreDocuments(index, "id", [["damai", "dama"], ["sanksi"]]));
    expect(Object.keys(hits).sort()).toEqual(["0", "1", "3"]);
    expect(hits[0]?.matchedWords).toBe(1);
    expect(scoreDocuments(index, "en", [["damai"]])).toEqual([]);
    expect(scoreDocuments(index, "fr", [["damai"]])).toEqual([]);
  });

  it("counts a word once however many of its terms a document holds, and each term once", () => {
    const once = byDoc(scoreDocuments(index, "id", [["damai", "dama"]]));
    const twice = byDoc(scoreDocuments(index, "id", [["damai", "dama"], ["damai"]]));
    expect(once[0]?.matchedWords).toBe(1);
    expect(twice[0]?.matchedWords).toBe(2);
    expect(twice[0]?.score).toBe(once[0]?.score);
  });

  it("scores a rarer term higher, and a shorter document higher for the same term", () => {
    const rare = byDoc(scoreDocuments(index, "id", [["sanksi"]]))[1]?.score ?? 0;
    const common = byDoc(scoreDocuments(index, "id", [["rusia"]]))[1]?.score ?? 0;
    expect(rare).toBeGreaterThan(common);
    const damai = byDoc(scoreDocuments(index, "id", [["damai"]]));
    expect(damai[0]?.score).toBeGreaterThan(damai[3]?.score ?? Number.POSITIVE_INFINITY);
  });

  it("answers the same once stored and loaded", () => {
    const loaded = loadTermIndex(
      saveTermIndex(index),
      docs.map((d) => d.language),
    );
    for (const query of [[["damai"]], [["rusia"], ["putin", "tin"]], [["peace"]], [["nothing"]]]) {
      for (const language of ["id", "en"]) {
        expect(scoreDocuments(loaded, language, query)).toEqual(scoreDocuments(index, language, query));
      }
    }
  });

  it("refuses a stored index of another format or for other documents, saying what to do", () => {
    const stored = saveTermIndex(index);
    expect(() => loadTermIndex(stored, ["id", "id"])).toThrow(
      "stored for 4 documents, but the dataset has 2; store it again with saveSearchIndex",
    );
    expect(() => loadTermIndex(JSON.stringify({ docs: {} }), ["id"])).toThrow(
      "not a parley-search-index/1 index",
    );
  });
});

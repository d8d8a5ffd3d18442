import { describe, expect, it } from "vitest";
import { getSummit } from "../registry.ts";
import type { Dataset } from "../schema/index.ts";
import { checkEditorial, HEDGES, lostHedges } from "./editorial.ts";

describe("lostHedges", () => {
  const quote = "Menurut Kuzmarov, Putin tampak berkomitmen untuk menghidupkan kembali hubungan.";

  it("accepts summaries that keep every hedge in both languages", () => {
    expect(
      lostHedges([quote], {
        en: "According to Kuzmarov, Putin appears committed to reviving relations.",
        id: "Menurut Kuzmarov, Putin tampak berkomitmen menghidupkan kembali hubungan.",
      }),
    ).toEqual([]);
  });

  it("names each hedge a summary drops, and in which language", () => {
    expect(
      lostHedges([quote], {
        en: "Kuzmarov says Putin is committed to reviving relations.",
        id: "Putin berkomitmen menghidupkan kembali hubungan.",
      }),
    ).toEqual([
      'the quote hedges with "tampak"; the English summary does not',
      'the quote hedges with "tampak"; the Indonesian summary does not',
      'the quote hedges with "menurut"; the Indonesian summary does not',
    ]);
  });

  it("matches whole words: kemungkinan is not mungkin, and mulai inside a word is no hedge", () => {
    const found = (text: string) => HEDGES.filter((h) => h.found.test(text)).map((h) => h.word);
    expect(found("ia “melihat kemungkinan hal itu terjadi.”")).toEqual(["kemungkinan"]);
    expect(found("ia mungkin “mendapat sedikit tekanan”")).toEqual(["mungkin"]);
    expect(found("dimulainya babak baru")).toEqual([]);
  });
});

describe("checkEditorial", () => {
  const dataset = getSummit("alaska-2025").dataset;

  it("refuses a draft, unless drafts are allowed", () => {
    const draft: Dataset = structuredClone(dataset);
    const claim = draft.claims[3];
    if (!claim) throw new Error("no claim");
    claim.review = { state: "draft", by: "second editor", on: "2026-11-30" };
    expect(checkEditorial(draft)).toEqual([`claim (${claim.id}): not reviewed (review.state is "draft")`]);
    expect(checkEditorial(draft, { allowDrafts: true })).toEqual([]);
  });

  it("refuses a summary that loses a hedge of the dataset", () => {
    const broken: Dataset = structuredClone(dataset);
    const claim = broken.claims.find((c) => c.evidence.some((e) => /dikabarkan/.test(e.quote.exact)));
    if (!claim) throw new Error("no claim quoting dikabarkan");
    claim.summary = {
      ...claim.summary,
      en: (claim.summary.en ?? "").replace(/reportedly |reported(ly)?/gi, ""),
    };
    expect(checkEditorial(broken)).toContain(
      `claim (${claim.id}): the quote hedges with "dikabarkan"; the English summary does not`,
    );
  });
});

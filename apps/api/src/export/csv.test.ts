import { type Claim, getSummit } from "@parley/core";
import { describe, expect, it } from "vitest";
import { CLAIM_COLUMNS, claimsCsv } from "./csv.ts";

const model = getSummit("alaska-2025");
const real = model.dataset.claims[0] as Claim;
const source = model.sourcesOfEvidence(real.evidence).join("; ");
const notes = model
  .notesFor(real.evidence)
  .map((n) => `${n.kind}: ${n.label.en}`)
  .join("; ");
/** A field as RFC 4180 writes it. */
const quoted = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

describe("claims as CSV", () => {
  it("writes speakers, subjects, reporter, cue, occasion, a stance per issue and the review state", () => {
    const claim: Claim = {
      ...real,
      id: "lavrov-on-trump",
      kind: "report",
      speakerIds: ["sergey-lavrov"],
      subjectIds: ["donald-trump", "vladimir-putin"],
      reporterId: "rossiya-24",
      attribution: "partial-quote",
      cue: "menyatakan",
      occasion: "later-interview",
      stances: [
        { issueId: "follow-up-meeting", stance: "supports" },
        { issueId: "ukraine-war", stance: "sceptical" },
      ],
      inference: { en: "“Ia” is Lavrov, named in the sentence before.", id: "“Ia” adalah Lavrov." },
      summary: { en: 'Lavrov said Trump "accepted", twice.', id: "Lavrov: Trump menerima." },
      review: { state: "reviewed", by: "second editor", on: "2026-11-30" },
    };
    const [header, row, end] = claimsCsv(model, [claim]).split("\r\n");
    expect(header).toBe(CLAIM_COLUMNS.join(","));
    expect(end).toBe("");
    expect(row).toBe(
      [
        "lavrov-on-trump",
        "report",
        "sergey-lavrov",
        "donald-trump; vladimir-putin",
        "rossiya-24",
        "partial-quote",
        "menyatakan",
        "later-interview",
        "follow-up-meeting:supports; ukraine-war:sceptical",
        real.outcomeId ?? "",
        '"“Ia” is Lavrov, named in the sentence before."',
        "“Ia” adalah Lavrov.",
        '"Lavrov said Trump ""accepted"", twice."',
        "Lavrov: Trump menerima.",
        source,
        quoted(notes),
        quoted(real.evidence.map((e) => e.quote.exact).join(" … ")),
        "reviewed",
      ].join(","),
    );
  });

  it("leaves narration's speakers, reporter, cue and occasion empty", () => {
    const claim: Claim = {
      ...real,
      speakerIds: [],
      subjectIds: ["united-states"],
      reporterId: null,
      attribution: "narration",
      cue: null,
      occasion: null,
    };
    const row = claimsCsv(model, [claim]).split("\r\n")[1] ?? "";
    expect(row.startsWith(`${claim.id},${claim.kind},,united-states,,narration,,,`)).toBe(true);
  });

  it("keeps a spreadsheet from running a cell as a formula", () => {
    const claim: Claim = {
      ...real,
      cue: '=HYPERLINK("http://x")',
      summary: { en: "+1 more", id: "@SUM(A1)" },
      inference: { en: "-2", id: "\tx" },
    };
    const row = claimsCsv(model, [claim]).split("\r\n")[1] ?? "";
    expect(row).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(row).toContain(",'-2,'\tx,'+1 more,'@SUM(A1),");
  });

  it("sees a formula behind leading spaces or line breaks, and in fullwidth signs", () => {
    for (const cue of [" =1+1", "\n=1+1", "\u3000+1", "＝1+1", "＠SUM(A1)", "－1"]) {
      const row = claimsCsv(model, [{ ...real, cue }])
        .split("\r\n")
        .slice(1)
        .join("\r\n");
      expect(row, JSON.stringify(cue)).toContain(`'${cue}`);
    }
  });
});

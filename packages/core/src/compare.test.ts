import { describe, expect, it } from "vitest";
import { compare } from "./compare.ts";
import { getSummit } from "./registry.ts";
import type { Claim, Dataset } from "./schema/index.ts";
import { SummitModel } from "./summit-model.ts";

// The placement rules on claims made for the purpose, so each rule is seen to hold on its own;
// the Alaska data's own placements are tested in queries.test.ts and data.test.ts.
const base = getSummit("alaska-2025").dataset;
const evidence = (base.claims[0] as Claim).evidence;
const review = { state: "reviewed", by: "test", on: "2026-11-30" } as const;
const claim = (id: string, fields: Partial<Claim>): Claim => ({
  id,
  kind: "position",
  speakerIds: [],
  subjectIds: [],
  reporterId: null,
  attribution: "reported-speech",
  cue: null,
  occasion: "at-summit",
  stances: [{ issueId: "ukraine-war", stance: "supports" }],
  summary: { en: id, id },
  evidence,
  review,
  ...fields,
});
const modelWith = (claims: Claim[]) => new SummitModel({ ...base, claims } satisfies Dataset);
const cell = (model: SummitModel, column: string, issue = "ukraine-war", options = {}) =>
  compare(model, options)
    .rows.find((r) => r.issue.id === issue)
    ?.cells.find((c) => c.columnId === column);
const ids = (entries: { claim: Claim }[] | undefined) => entries?.map((e) => e.claim.id);

describe("compare places each claim by who asserts it and whom it is about", () => {
  const model = modelWith([
    claim("putin-own", { speakerIds: ["vladimir-putin"], subjectIds: ["vladimir-putin"] }),
    claim("lavrov-about-trump", {
      speakerIds: ["sergey-lavrov"],
      subjectIds: ["donald-trump"],
      attribution: "partial-quote",
      stances: [{ issueId: "follow-up-meeting", stance: "supports" }],
    }),
    claim("analyst-reads-putin", {
      speakerIds: ["jeremy-kuzmarov"],
      subjectIds: ["vladimir-putin"],
      attribution: "analysis",
      kind: "assessment",
    }),
    claim("narration-about-us", {
      attribution: "narration",
      occasion: null,
      subjectIds: ["united-states"],
      stances: [{ issueId: "troop-withdrawal", stance: "demands" }],
    }),
    claim("journalist-judges-trump", {
      attribution: "narration",
      occasion: null,
      kind: "assessment",
      subjectIds: ["donald-trump"],
    }),
    claim("both-leaders", {
      speakerIds: ["donald-trump", "vladimir-putin"],
      stances: [{ issueId: "open-communication", stance: "supports" }],
    }),
    claim("one-claim-two-stances", {
      speakerIds: ["vladimir-putin"],
      stances: [
        { issueId: "ukraine-war", stance: "supports" },
        { issueId: "troop-withdrawal", stance: "conditional" },
      ],
    }),
    claim("congress", {
      attribution: "narration",
      occasion: null,
      subjectIds: ["members-of-congress"],
      stances: [{ issueId: "bilateral-relations", stance: "sceptical" }],
    }),
  ]);

  it("a side's own words are its own positions", () => {
    expect(ids(cell(model, "russia")?.own)).toEqual(["putin-own", "one-claim-two-stances"]);
  });

  it("one actor's claim about another is the speaker's side's assertion and the subject's hearsay", () => {
    const us = cell(model, "united-states", "follow-up-meeting");
    expect(ids(us?.own)).toEqual([]);
    expect(ids(us?.hearsay)).toEqual(["lavrov-about-trump"]);
    expect(us?.gap).toBe(true);
    expect(ids(cell(model, "russia", "follow-up-meeting")?.own)).toEqual(["lavrov-about-trump"]);
  });

  it("an analyst's or the journalist's reading of a side is analysis, never its position", () => {
    expect(ids(cell(model, "russia")?.analysis)).toEqual(["analyst-reads-putin"]);
    expect(ids(cell(model, "united-states")?.analysis)).toEqual(["journalist-judges-trump"]);
    expect(cell(model, "united-states")?.gap).toBe(true);
  });

  it("the article's narration of a side's policy is hearsay, with its stance on that issue", () => {
    const us = cell(model, "united-states", "troop-withdrawal");
    expect(us?.hearsay).toEqual([
      { claim: expect.objectContaining({ id: "narration-about-us" }), stance: "demands" },
    ]);
    expect(us?.own).toEqual([]);
  });

  it("a claim takes its own stance on each issue", () => {
    expect(cell(model, "russia", "troop-withdrawal")?.own).toContainEqual({
      claim: expect.objectContaining({ id: "one-claim-two-stances" }),
      stance: "conditional",
    });
    expect(cell(model, "russia", "ukraine-war")?.own).toContainEqual({
      claim: expect.objectContaining({ id: "one-claim-two-stances" }),
      stance: "supports",
    });
  });

  it("words both leaders said are each side's own", () => {
    for (const side of ["united-states", "russia"]) {
      expect(ids(cell(model, side, "open-communication")?.own)).toEqual(["both-leaders"]);
    }
  });

  it("an actor with no side is in no side's column", () => {
    const row = compare(model).rows.find((r) => r.issue.id === "bilateral-relations");
    for (const c of row?.cells ?? [])
      expect(ids([...c.own, ...c.hearsay, ...c.analysis])).not.toContain("congress");
  });

  it("by actors, a column holds what the actor asserts and what is said about them", () => {
    const options = { actors: ["Lavrov", "Trump"] };
    expect(ids(cell(model, "sergey-lavrov", "follow-up-meeting", options)?.own)).toEqual([
      "lavrov-about-trump",
    ]);
    expect(ids(cell(model, "donald-trump", "follow-up-meeting", options)?.hearsay)).toEqual([
      "lavrov-about-trump",
    ]);
    expect(ids(cell(model, "donald-trump", "ukraine-war", options)?.analysis)).toEqual([
      "journalist-judges-trump",
    ]);
  });
});

describe("naming the sides", () => {
  const model = getSummit("alaska-2025");
  it.each(["united-states", "United States", "Amerika Serikat", "AS", "us", "U.S.", "UNITED  STATES"])(
    "%j names the United States",
    (ref) => {
      expect(model.resolveSideId(ref)).toBe("united-states");
    },
  );

  it("suggests a side by its names, not only by its id", () => {
    expect(() => model.resolveSideId("Untied States")).toThrow('Did you mean "united-states"?');
    expect(() => model.resolveSideId("Rusa")).toThrow('Did you mean "russia"?');
  });
});

import { describe, expect, it } from "vitest";
import { assembleDataset } from "./assemble.ts";

const review = { state: "reviewed", by: "second editor", on: "2026-11-30" };
const label = { en: "x", id: "x" };
const summitFile = (extra: object = {}) => ({
  name: "summit.yaml",
  data: {
    review,
    summit: {
      id: "s",
      name: label,
      date: { value: "2025-08-15", evidence: [{ source: "000", quote: "Pada 15 Agustus" }] },
      place: { label, evidence: [{ claim: "c1" }] },
      venue: { label, evidence: [{ source: "000", quote: "Anchorage" }] },
      format: { label, evidence: [{ source: "001", quote: "tiga" }] },
      durations: [
        { label, minutes: 180, qualifier: "almost", evidence: [{ source: "000", quote: "tiga jam" }] },
      ],
      delegations: [
        { sideId: "a", leaderId: "b", memberIds: [], evidence: [{ source: "000", quote: "x" }] },
        { sideId: "c", leaderId: "d", memberIds: [], evidence: [{ source: "000", quote: "y" }] },
      ],
      participantIds: ["b", "d"],
    },
    actors: [{ id: "b", kind: "person", name: label, aliases: ["B"] }],
    issues: [
      { id: "i1", label, status: "discussed", evidence: [{ claim: "c1" }] },
      { id: "i2", label, status: "at-stake", evidence: [{ source: "001", quote: "z" }] },
    ],
    ...extra,
  },
});
const sourceFile = (id: string, claims: object[]) => ({
  name: `${id.slice(0, 3)}.yaml`,
  data: { id, language: "id", title: "t", review, claims },
});
const s000 = "000_5837d935519e355e";
const s001 = "001_b0be9fc0d39ecfa9";

describe("assembleDataset", () => {
  it("fills in the defaults: review, subject, stances per issue, source of a plain quote, derived issue list", () => {
    const { dataset, problems } = assembleDataset(summitFile(), [
      sourceFile(s000, [
        {
          id: "c1",
          kind: "position",
          speakerIds: ["b"],
          attribution: "reported-speech",
          occasion: "at-summit",
          stances: { i1: "supports", i2: "opposes" },
          summary: label,
          evidence: ["Anchorage, Alaska", { source: "001", quote: "Alaska" }],
          review: { state: "draft", by: "second editor", on: "2026-11-30" },
        },
      ]),
      sourceFile(s001, []),
    ]);
    expect(problems).toEqual([]);
    const claim = dataset?.claims[0];
    expect(claim).toMatchObject({
      subjectIds: ["b"],
      reporterId: null,
      cue: null,
      stances: [
        { issueId: "i1", stance: "supports" },
        { issueId: "i2", stance: "opposes" },
      ],
      evidence: [
        { source: s000, exact: "Anchorage, Alaska" },
        { source: s001, exact: "Alaska" },
      ],
      review: { state: "draft" },
    });
    expect(dataset?.summit.issueIds).toEqual(["i1", "i2"]);
    expect(dataset?.summit.review).toEqual(review);
    expect(dataset?.actors[0]?.review).toEqual(review);
    // A quote written once, reused by naming its claim.
    expect(dataset?.issues[0]?.evidence).toEqual(claim?.evidence);
    expect(dataset?.summit.place?.evidence).toEqual(claim?.evidence);
  });

  it("reports every problem at once, each naming its file and fact", () => {
    const { dataset, problems } = assembleDataset(
      summitFile({ outcomes: [{ id: "o", label, status: "agreed", evidence: [{ claim: "nope" }] }] }),
      [
        sourceFile(s000, [
          { id: "c1", kind: "fact", attribution: "narration", stances: {}, summary: label, evidence: ["q"] },
        ]),
      ],
    );
    expect(dataset).toBeNull();
    expect(problems).toEqual(["000.yaml: claims.0.stances: give at least one issue and its stance"]);

    const refs = assembleDataset(
      summitFile({
        outcomes: [
          {
            id: "o",
            label,
            status: "agreed",
            evidence: [{ claim: "nope" }, "no source", { source: "009", quote: "q" }],
          },
        ],
      }),
      [
        sourceFile(s000, [
          {
            id: "c1",
            kind: "fact",
            attribution: "narration",
            stances: { i1: "neutral" },
            summary: label,
            evidence: ["q"],
          },
        ]),
        sourceFile(s001, []),
      ],
    );
    expect(refs.dataset).not.toBeNull(); // so the later checks still report on every other fact
    expect(refs.problems).toEqual([
      'summit.yaml: outcome o: unknown claim "nope"',
      "summit.yaml: outcome o: say which source the quote is from (source: <its id>)",
      'summit.yaml: outcome o: no source file for source "009"',
    ]);
  });

  it("tells an editor who wrote a source id as a bare number to quote it", () => {
    const file = summitFile();
    (file.data.summit.venue.evidence[0] as { source: unknown }).source = 3;
    const { problems } = assembleDataset(file, [sourceFile(s000, [])]);
    expect(problems).toEqual([
      'summit.yaml: summit.venue.evidence.0.source: write the source in quotes: "003"',
    ]);
  });
});

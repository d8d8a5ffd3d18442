import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkEditorial } from "./authoring/editorial.ts";
import { FACT_KINDS, facts } from "./facts.ts";
import { alaska2025Json, alaska2025SearchJson } from "./generated/alaska-2025.ts";
import { checkIntegrity } from "./integrity.ts";
import { getSummit } from "./registry.ts";
import type { Dataset } from "./schema/index.ts";

const dataset = getSummit("alaska-2025").dataset;
const seedsDir = join(import.meta.dirname, "../../../seeds");
const clone = (): Dataset => structuredClone(dataset);

describe("the Alaska dataset", () => {
  it("passes every integrity check and every editorial check, and is reviewed throughout", () => {
    expect(checkIntegrity(dataset)).toEqual([]);
    expect(checkEditorial(dataset)).toEqual([]);
  });

  it("has every kind of fact, each walked with its evidence", () => {
    const kinds = new Set([...facts(dataset)].map((fact) => fact.kind));
    expect([...kinds].sort()).toEqual([...FACT_KINDS].sort());
  });

  it("bundles every seed byte for byte, and nothing else", () => {
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith(".txt"));
    expect(dataset.sources.map((s) => `${s.id}.txt`).sort()).toEqual(seeds.sort());
    for (const source of dataset.sources) {
      expect(source.text).toBe(readFileSync(join(seedsDir, `${source.id}.txt`), "utf8"));
    }
  });

  it("is stored as ASCII, one byte a character in memory, and reads back with the seeds' own characters", () => {
    expect(/[^\0-\x7F]/.test(alaska2025Json)).toBe(false);
    expect(/[^\0-\x7F]/.test(alaska2025SearchJson)).toBe(false);
    // The byte-for-byte check above then covers the curly quotes and dashes.
    expect(dataset.sources.some((source) => /[\u201C\u201D\u2013\u2014]/.test(source.text))).toBe(true);
  });

  it("is complete enough to compare the sides", () => {
    expect(dataset.actors.length).toBeGreaterThanOrEqual(20);
    expect(dataset.issues.length).toBeGreaterThanOrEqual(10);
    expect(dataset.claims.length).toBeGreaterThanOrEqual(40);
    expect(dataset.discrepancies.length).toBeGreaterThanOrEqual(3);
    expect(dataset.timeline.length).toBeGreaterThanOrEqual(5);
    for (const claim of dataset.claims) expect(claim.evidence.length).toBeGreaterThan(0);
  });
});

// Each check is shown to fail on a broken copy, so a passing run means something.
describe("checkIntegrity catches", () => {
  it("a quote changed by one character, naming the claim and the source", () => {
    const broken = clone();
    const claim = broken.claims[0];
    const evidence = claim?.evidence[0];
    if (!claim || !evidence) throw new Error("no claim");
    evidence.quote.exact = `${evidence.quote.exact.slice(0, -1)}#`;
    expect(checkIntegrity(broken)).toContainEqual(
      expect.stringMatching(new RegExp(`^claim \\(${claim.id}\\): .*"${evidence.source}"`)),
    );
  });

  it("a quote declared at other offsets", () => {
    const broken = clone();
    const evidence = broken.claims[0]?.evidence[0];
    if (!evidence) throw new Error("no evidence");
    evidence.position.start += 1;
    evidence.position.end += 1;
    expect(checkIntegrity(broken).join("\n")).toMatch(/quote is at \d+, not at/);
  });

  it("a duplicate id", () => {
    const broken = clone();
    broken.issues.push(structuredClone(broken.issues[0] as Dataset["issues"][number]));
    expect(checkIntegrity(broken)).toContainEqual(expect.stringMatching(/^issues: duplicate id/));
  });

  it("a reference that does not resolve", () => {
    const broken = clone();
    (broken.claims[0] as Dataset["claims"][number]).subjectIds = ["nobody"];
    expect(checkIntegrity(broken)).toContainEqual(
      expect.stringMatching(/subjectIds: unknown actor "nobody"/),
    );
    (broken.claims[1] as Dataset["claims"][number]).stances.push({
      issueId: "ukrane-war",
      stance: "supports",
    });
    expect(checkIntegrity(broken)).toContainEqual(
      expect.stringMatching(/stances: unknown issue "ukrane-war"/),
    );
  });

  it("an actor named nowhere in the sources", () => {
    const broken = clone();
    (broken.actors[0] as Dataset["actors"][number]).aliases.push("Atlantis");
    expect(checkIntegrity(broken)).toContainEqual(
      expect.stringMatching(/alias "Atlantis" is not in any source/),
    );
  });

  it("a claim without evidence, and a cue that is not in its evidence", () => {
    const broken = clone();
    const claim = broken.claims.find((c) => c.cue !== null);
    if (!claim) throw new Error("no claim with a cue");
    claim.cue = "berbisik";
    expect(checkIntegrity(broken)).toContainEqual(
      expect.stringMatching(/cue "berbisik" is not in its evidence/),
    );
    claim.evidence = [];
    expect(checkIntegrity(broken)).toContainEqual(expect.stringMatching(/has no evidence/));
  });
});

const claimOf = (broken: Dataset, attribution: Dataset["claims"][number]["attribution"]) => {
  const claim = broken.claims.find((c) => c.attribution === attribution);
  if (!claim) throw new Error(`no ${attribution} claim`);
  return claim;
};

describe("checkIntegrity enforces the coding rules of DATA.md", () => {
  it("narration is no one's statement: no speaker, occasion or reporter", () => {
    const broken = clone();
    const claim = claimOf(broken, "narration");
    claim.speakerIds = ["donald-trump"];
    claim.occasion = "at-summit";
    claim.reporterId = "antara";
    const problems = checkIntegrity(broken).filter((p) => p.startsWith(`claim (${claim.id})`));
    expect(problems).toEqual([
      `claim (${claim.id}): narration has no speaker; remove speakerIds`,
      `claim (${claim.id}): narration is no one's statement, so it has no occasion`,
      `claim (${claim.id}): narration has no reporter`,
    ]);
  });

  it("reported speech has a speaker and an occasion", () => {
    const broken = clone();
    const claim = claimOf(broken, "reported-speech");
    claim.speakerIds = [];
    claim.occasion = null;
    expect(checkIntegrity(broken)).toEqual(
      expect.arrayContaining([
        `claim (${claim.id}): reported-speech needs a speaker; narration is the only attribution without one`,
        `claim (${claim.id}): reported-speech needs an occasion ("undated" if none)`,
      ]),
    );
  });

  it("a quote attribution has quotation marks, a reporter is not a speaker, a stance is given once per issue", () => {
    const broken = clone();
    const claim = claimOf(broken, "reported-speech");
    claim.attribution = "partial-quote";
    for (const e of claim.evidence) e.quote.exact = e.quote.exact.replace(/[“”"]/g, "");
    claim.reporterId = claim.speakerIds[0] ?? null;
    claim.stances.push({ ...(claim.stances[0] as Dataset["claims"][number]["stances"][number]) });
    const problems = checkIntegrity(broken).filter((p) => p.startsWith(`claim (${claim.id})`));
    expect(problems).toEqual(
      expect.arrayContaining([
        `claim (${claim.id}): partial-quote needs quotation marks in its evidence`,
        `claim (${claim.id}): the reporter relays someone else's words; it cannot be a speaker too`,
        `claim (${claim.id}): issue "${claim.stances[0]?.issueId}" has more than one stance`,
      ]),
    );
  });

  it("a claimed outcome names who claims it, and only a claimed one", () => {
    const broken = clone();
    const outcome = broken.outcomes.find((o) => o.status === "claimed");
    if (!outcome) throw new Error("no claimed outcome");
    delete outcome.claimedById;
    expect(checkIntegrity(broken)).toContainEqual(
      expect.stringMatching(new RegExp(`^outcome \\(${outcome.id}\\): a claimed outcome`)),
    );
  });
});

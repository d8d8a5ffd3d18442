import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkIntegrity } from "./integrity.ts";
import { getSummit } from "./registry.ts";
import type { Dataset } from "./schema/index.ts";

const dataset = getSummit("alaska-2025").dataset;
const seedsDir = join(import.meta.dirname, "../../../seeds");
const clone = (): Dataset => structuredClone(dataset);

describe("the Alaska dataset", () => {
  it("passes every integrity check", () => {
    expect(checkIntegrity(dataset)).toEqual([]);
  });

  it("bundles every seed byte for byte, and nothing else", () => {
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith(".txt"));
    expect(dataset.sources.map((s) => `${s.id}.txt`).sort()).toEqual(seeds.sort());
    for (const source of dataset.sources) {
      expect(source.text).toBe(readFileSync(join(seedsDir, `${source.id}.txt`), "utf8"));
    }
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
    (broken.claims[0] as Dataset["claims"][number]).holderId = "nobody";
    expect(checkIntegrity(broken)).toContainEqual(expect.stringMatching(/unknown actor "nobody"/));
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

import { compare, getSummit } from "@parley/core";
import { describe, expect, it } from "vitest";
import { embeddedData } from "../data/embedded.ts";
import { Names } from "../describe.ts";
import { dateLabel, STANCE_MARKS } from "../i18n.ts";
import { parley as runParley } from "../test/parley.ts";
import { themeFor } from "../themes/theme.ts";

const model = getSummit("alaska-2025");
const names = new Names(model.actors(), model.sources());

/** `parley <argv>` in process over the embedded data. */
const parley = (...argv: string[]) => runParley(embeddedData(), ...argv);

describe("parley subcommands", () => {
  it("compare prints each side's own positions, then what others say, per issue, gaps included", async () => {
    const { code, stdout } = await parley("compare", "--issue", "ukraine-war,ceasefire");
    expect(code).toBe(0);
    expect(stdout).toContain("United States vs Russia");
    expect(stdout).toContain(model.issue("ukraine-war").label.en);
    const [row] = compare(model, { issues: ["ukraine-war"] }).rows;
    const [us] = row?.cells ?? [];
    expect(stdout).toContain(`  United States (${us?.own.length})`);
    for (const { claim, stance } of us?.own ?? []) {
      expect(stdout).toContain(`    ${STANCE_MARKS[stance]} ${claim.summary.en}`);
      expect(stdout).toContain(`      ${stance} · ${names.attributionWithOccasion(claim, "en")}`);
    }
    if (us?.hearsay.length) expect(stdout).toContain(`    Said about it (${us.hearsay.length})`);
    const ceasefire = compare(model, { issues: ["ceasefire"] }).rows[0];
    if (ceasefire?.cells.some((c) => c.gap))
      expect(stdout).toContain("– no position of its own in the sources");
  });

  it("compare --actors Lavrov,Rubio shows Lavrov's own assertion in his column, not a gap", async () => {
    const { code, stdout } = await parley("compare", "--actors", "Lavrov,Rubio");
    expect(code).toBe(0);
    const block = stdout.split("\n\n").find((b) => b.includes("trump-accepted-invitation-per-lavrov")) ?? "";
    const lavrov = block.slice(block.indexOf("  Sergey Lavrov ("), block.indexOf("  Marco Rubio ("));
    // Under Lavrov's name, before any heading: his own words, about Trump.
    const own = lavrov.split(/\n {4}(?:Said about it|Analysis) \(/)[0] ?? "";
    expect(own).toContain("trump-accepted-invitation-per-lavrov");
    expect(own).toContain("Sergey Lavrov about Donald Trump · partial quote “menyatakan”");
    expect(own).not.toContain("no position of its own");
  });

  it("compare --json gives the core's comparison as it is", async () => {
    const { code, stdout } = await parley("compare", "--actors", "Lavrov,Rubio", "--lang", "id", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(JSON.stringify(compare(model, { actors: ["Lavrov", "Rubio"] }))),
    );
  });

  it("compare closes with the notes of the sources it cites", async () => {
    const { stdout } = await parley("compare", "--issue", "follow-up-meeting");
    const cited = compare(model, { issues: ["follow-up-meeting"] }).rows.flatMap((r) =>
      r.cells.flatMap((c) => [...c.own, ...c.hearsay, ...c.analysis].flatMap((p) => p.claim.evidence)),
    );
    const notes = model.notesFor(cited);
    expect(notes.length).toBeGreaterThan(0);
    const footer = stdout.slice(stdout.lastIndexOf("\nSource notes\n"));
    for (const note of notes) expect(footer).toContain(`${note.kind}: ${note.label.en}`);
  });

  it.each([
    ["actors", "sergey-lavrov"],
    ["outcomes", model.outcomes()[0]?.label.en?.slice(0, 20) ?? "-"],
    ["discrepancies", model.discrepancies()[0]?.question.en?.slice(0, 20) ?? "-"],
    ["timeline", model.timeline()[0]?.date ?? "-"],
  ])("%s prints its list", async (command, expected) => {
    const { code, stdout } = await parley(command);
    expect(code).toBe(0);
    expect(stdout).toContain(expected);
  });

  it("search finds Indonesian word forms and marks the matches", async () => {
    const { code, stdout } = await parley("search", "sepakat");
    expect(code).toBe(0);
    expect(stdout).toMatch(/«[Kk]esepakatan»/);
  });

  it("source takes a seed's number and lists its notes and spans", async () => {
    const { code, stdout } = await parley("source", "003");
    expect(code).toBe(0);
    expect(stdout).toContain("003_541abc782ac656e9");
    expect(stdout).toMatch(/spans \(\d+\)/);
    const anomaly = model.source("004").source.notes.find((n) => n.kind === "anomaly");
    expect(anomaly).toBeDefined();
    expect((await parley("source", "004")).stdout).toContain(`Source notes\n  anomaly: ${anomaly?.label.en}`);
  });

  it("discrepancies say which are contradictions and which framings; the timeline dates bounds", async () => {
    const discrepancies = (await parley("discrepancies")).stdout;
    for (const d of model.discrepancies()) {
      expect(discrepancies).toContain(`${d.question.en}\n  ${d.kind}: `);
    }
    // "More than four years" before August 2025 is an upper bound, not an estimate of 2021.
    const broken = model.timeline().find((e) => e.id === "break-in-intense-diplomatic-relations");
    expect(broken).toMatchObject({ date: expect.stringMatching(/^2021-08/), relation: "before" });
    const date = broken ? dateLabel(broken, "en") : "-";
    expect(date).toMatch(/^before (\d+ )?Aug 2021$/);
    expect((await parley("timeline")).stdout).toContain(`${date.padEnd(16)}  ${broken?.label.en}`);
  });

  it.each([
    ["United States,Russia"],
    ["AS,Rusia"],
    ["us,russia"],
    ["U.S.,Federasi Rusia"],
    ["amerika serikat,RUSSIA"],
  ])("compare --sides %j: names, aliases and abbreviations all name the sides", async (sides) => {
    const { code, stdout, stderr } = await parley("compare", "--sides", sides, "--issue", "ceasefire");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("United States vs Russia");
  });

  it("compare --sides with a misspelt name suggests the side it is nearest", async () => {
    const { code, stderr } = await parley("compare", "--sides", "Untied States,Russia");
    expect(code).toBe(2);
    expect(stderr).toContain('unknown side "Untied States". Did you mean "united-states"');
  });

  it("--version prints the version", async () => {
    const { code, stdout } = await parley("--version");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^parley \d+\.\d+\.\d+\n$/);
  });

  it("issues and sources list the ids that --issue and source take, and the messages point to them", async () => {
    const issues = await parley("issues");
    expect(issues.code).toBe(0);
    for (const issue of model.issues()) expect(issues.stdout).toContain(`${issue.id}  ${issue.label.en}`);
    const sources = await parley("sources", "--lang", "id");
    for (const source of model.sources())
      expect(sources.stdout).toContain(`${source.id.slice(0, 3)}  ${source.id}`);
    expect((await parley("compare", "--issue", "ukrain")).stderr).toContain(
      "parley issues lists the issue ids",
    );
    expect((await parley("source", "9")).stderr).toContain("parley sources lists them");
    expect(JSON.parse((await parley("issues", "--json")).stdout)).toEqual(model.issues());
  });

  it("search names who says each claim", async () => {
    const { stdout } = await parley("search", "undangan");
    expect(stdout).toContain("claim trump-accepted-invitation-per-lavrov · Sergey Lavrov about Donald Trump");
  });

  it.each(["compare", "actors", "outcomes", "discrepancies", "timeline", "search", "source"])(
    "%s --help explains the command",
    async (command) => {
      const { code, stdout } = await parley(command, "--help");
      expect(code).toBe(0);
      expect(stdout).toContain(`parley ${command}`);
      expect(stdout).toContain("--lang");
    },
  );

  it.each([
    [["comapre"], 'parley: unknown command "comapre". Did you mean "compare"?'],
    [["compare", "--isue", "x"], 'parley: unknown option "--isue" for parley compare. Did you mean --issue?'],
    [["compare", "--issue", "ukrain"], 'unknown issue "ukrain". Did you mean "ukraine-war"'],
    [["compare", "--sides", "Rusa,AS"], 'unknown side "Rusa". Did you mean "russia"?'],
    [["compare", "--sides", "russia,russia"], "at least two different sides"],
    [["source", "9"], 'unknown source "9"'],
    [["search"], "parley: search needs a query"],
    [["source", "1", "2"], "parley: source takes one source id"],
    [
      ["compare", "--sides", "russia,russia"],
      "parley: compare needs at least two different sides; got 1.\nSee parley compare --help.",
    ],
    [["actors", "--lang", "fr"], 'parley: unknown language "fr"'],
  ])("%j is a usage error with a clear message and exit code 2", async (argv, message) => {
    const { code, stdout, stderr } = await parley(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("NO_COLOR", () => {
  it("picks the no-colour theme when NO_COLOR is set, and not when it is empty", () => {
    expect(themeFor({ NO_COLOR: "1" }).name).toBe("no-color");
    expect(themeFor({ NO_COLOR: "" }).name).toBe("default");
    expect(JSON.stringify(themeFor({ NO_COLOR: "1" }))).not.toMatch(/color"?:\s*"|backgroundColor/);
  });
});

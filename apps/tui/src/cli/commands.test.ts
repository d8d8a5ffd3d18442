import { getSummit } from "@parley/core";
import { describe, expect, it } from "vitest";
import { embeddedData } from "../data/embedded.ts";
import { parley as runParley } from "../test/parley.ts";
import { themeFor } from "../themes/theme.ts";

const model = getSummit("alaska-2025");

/** `parley <argv>` in process over the embedded data. */
const parley = (...argv: string[]) => runParley(embeddedData(), ...argv);

describe("parley subcommands", () => {
  it("compare prints both sides per issue, gaps included", async () => {
    const { code, stdout } = await parley("compare", "--issue", "ukraine-war,ceasefire");
    expect(code).toBe(0);
    expect(stdout).toContain("United States vs Russia");
    expect(stdout).toContain("The war in Ukraine");
    const ceasefire = model.claims({ issue: "ceasefire", side: ["united-states", "russia"] });
    if (ceasefire.length === 0) expect(stdout).toContain("no stated position in the sources");
  });

  it("compare --actors --lang id --json gives the comparison as JSON", async () => {
    const { code, stdout } = await parley("compare", "--actors", "Lavrov,Rubio", "--lang", "id", "--json");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { by: string; columns: { id: string }[] };
    expect(parsed.by).toBe("actor");
    expect(parsed.columns.map((c) => c.id)).toEqual(["sergey-lavrov", "marco-rubio"]);
  });

  it.each([
    ["actors", "sergey-lavrov"],
    ["outcomes", model.outcomes()[0]?.label.en.slice(0, 20) ?? "-"],
    ["discrepancies", model.discrepancies()[0]?.question.en.slice(0, 20) ?? "-"],
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

  it("source takes a seed's number and lists its spans", async () => {
    const { code, stdout } = await parley("source", "003");
    expect(code).toBe(0);
    expect(stdout).toContain("003_541abc782ac656e9");
    expect(stdout).toMatch(/spans \(\d+\)/);
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
    [["comapre"], 'Unknown command "comapre". Did you mean "compare"?'],
    [["compare", "--isue", "x"], 'Unknown option "--isue" for parley compare. Did you mean --issue?'],
    [["compare", "--issue", "ukrain"], 'unknown issue "ukrain". Did you mean "ukraine-war"'],
    [["compare", "--sides", "Rusa,AS"], 'unknown side "Rusa". Did you mean "russia"?'],
    [["compare", "--sides", "russia,russia"], "at least two different sides"],
    [["source", "9"], 'unknown source "9"'],
    [["search"], "needs a query"],
    [["actors", "--lang", "fr"], 'Unknown language "fr"'],
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

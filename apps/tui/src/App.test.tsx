import { compare, getSummit } from "@parley/core";
import { afterEach, describe, expect, it } from "vitest";
import { BINDINGS } from "./keys.ts";
import { KEYS, renderApp } from "./test/render.tsx";

const model = getSummit("alaska-2025");
const comparison = compare(model);
const firstRow = comparison.rows[0];
const firstUsClaim = firstRow?.cells[0]?.claims[0];

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function start(columns: number, rows: number, props = {}) {
  const app = renderApp({ columns, rows }, props);
  unmount = app.unmount;
  return app;
}

describe("comparison screen", () => {
  it("shows the issues and both sides' positions in columns on a wide terminal", () => {
    const app = start(120, 30);
    const frame = app.frame();
    expect(frame).toContain("Issues");
    expect(frame).toContain("United States (");
    expect(frame).toContain("Russia (");
    expect(frame).toContain(firstRow?.issue.label.en.slice(0, 20));
    // Columns: both side headers stand on the same line.
    expect(frame.split("\n").some((l) => l.includes("United States (") && l.includes("Russia ("))).toBe(true);
  });

  it("shows a gap as a gap", async () => {
    const gapRow = comparison.rows.findIndex((r) => r.cells.some((c) => c.gap));
    expect(gapRow).toBeGreaterThanOrEqual(0);
    const app = start(120, 30);
    await app.press(...Array.from({ length: gapRow }, () => KEYS.down));
    expect(app.frame()).toContain("no stated position in the sources");
  });

  it("opens a position's evidence: summary, attribution, source tag and the verbatim paragraph", async () => {
    expect(firstUsClaim).toBeDefined();
    const app = start(120, 30);
    await app.press(KEYS.tab, KEYS.enter);
    const frame = app.frame();
    const evidence = firstUsClaim?.evidence[0];
    expect(frame).toContain("Evidence · Donald Trump");
    expect(frame).toContain("(Parley's translation)");
    expect(frame).toContain(`[${evidence?.source.slice(0, 3)}]`);
    // The quote's first words, verbatim Indonesian.
    expect(frame.replace(/\s+/g, " ")).toContain(evidence?.quote.exact.split(" ").slice(0, 4).join(" "));
    await app.press(KEYS.esc);
    expect(app.frame()).toContain("Issues");
  });

  it("stacks the columns on a 40x12 terminal and fits in it", async () => {
    const app = start(40, 12);
    await app.press("j");
    const lines = app.frame().split("\n");
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(40);
    expect(app.frame()).toContain(`2/${comparison.rows.length}`);
    expect(app.frame()).toContain("United States (");
  });

  it("switches the labels and summaries to Indonesian with L", async () => {
    const app = start(120, 30);
    await app.press("L");
    const frame = app.frame();
    expect(frame).toContain("Isu");
    expect(frame).toContain(" ID");
    expect(frame.replace(/\s+/g, " ")).toContain(firstUsClaim?.summary.id.split(" ").slice(0, 3).join(" "));
  });

  it("compares two actors chosen with c", async () => {
    const app = start(100, 30);
    await app.press("c", KEYS.tab);
    const persons = model.actors({ kind: "person" });
    const lavrov = persons.findIndex((a) => a.id === "sergey-lavrov");
    const rubio = persons.findIndex((a) => a.id === "marco-rubio");
    const [first, second] = [Math.min(lavrov, rubio), Math.max(lavrov, rubio)];
    await app.press(...Array.from({ length: first }, () => "j"), " ");
    await app.press(...Array.from({ length: second - first }, () => "j"), " ", KEYS.enter);
    expect(app.frame()).toContain("Sergey Lavrov (");
    expect(app.frame()).toContain("Marco Rubio (");
  });

  it("refuses to compare fewer than two", async () => {
    const app = start(100, 30);
    await app.press("c", KEYS.tab, KEYS.enter);
    expect(app.frame()).toContain("Select at least two.");
  });
});

describe("other views", () => {
  it("lists every binding in the help", async () => {
    const app = start(100, 40);
    await app.press("?");
    for (const b of BINDINGS) expect(app.frame()).toContain(b.description.en);
  });

  it("shows the summit overview with date, place and delegations", async () => {
    const app = start(100, 30);
    await app.press("2");
    expect(app.frame()).toContain("2025-08-15");
    expect(app.frame()).toContain("Anchorage, Alaska");
    expect(app.frame()).toContain("Delegation:");
  });

  it("shows actors with roles, outcomes, discrepancies and the timeline", async () => {
    const app = start(120, 30);
    await app.press("3");
    expect(app.frame()).toContain(model.dataset.actors[0]?.name.en);
    await app.press("4");
    expect(app.frame()).toContain(model.outcomes()[0]?.label.en.slice(0, 20));
    await app.press("5");
    const discrepancy = model.discrepancies()[0];
    expect(app.frame()).toContain(discrepancy?.question.en.slice(0, 20));
    expect(app.frame()).toContain(discrepancy?.variants[1]?.label.en.slice(0, 15));
    await app.press("6");
    expect(app.frame()).toContain(model.timeline()[0]?.date);
  });

  it("reads a source with its spans and moves from a span to its claim", async () => {
    const app = start(100, 30);
    const view = model.source(model.sources()[0]?.id ?? "");
    await app.press("7", KEYS.enter);
    expect(app.frame()).toContain(view.source.title);
    expect(app.frame()).toContain(`1/${view.spans.length}`);
    const toClaim = view.spans.findIndex((s) => s.kind === "claim");
    await app.press(...Array.from({ length: toClaim }, () => "j"), KEYS.enter);
    expect(app.frame()).toContain("Evidence ·");
    expect(app.frame()).toContain("(Parley's translation)");
  });

  it("searches as you type, Indonesian word forms included, and opens a hit", async () => {
    const app = start(100, 30);
    await app.press("/");
    await app.type("sepakat");
    // "sepakat" finds "kesepakatan": the stem meets the derived form.
    const frame = await app.waitFor((f) => f.toLowerCase().includes("kesepakatan"));
    expect(frame.toLowerCase()).toContain("kesepakatan");
    // j is typed into the query, not taken as "down".
    await app.type("j");
    expect(await app.waitFor((f) => f.includes("sepakatj"))).toContain("sepakatj");
    await app.press("\u007f", KEYS.enter);
    expect(app.frame()).toMatch(/Evidence ·|\[00\d\]/);
  });
});

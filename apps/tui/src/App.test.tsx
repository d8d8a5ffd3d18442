import { type Claim, compare, getSummit, type Localized, localize, search } from "@parley/core";
import { afterEach, describe, expect, it } from "vitest";
import { parseInvocation, targetOf } from "./cli/args.ts";
import { Names } from "./describe.ts";
import { dateLabel, discrepancyKindLabel, noteKindLabel, occasionLabel, STANCE_MARKS } from "./i18n.ts";
import { BINDINGS } from "./keys.ts";
import { legend } from "./legend.ts";
import { entriesOf } from "./screens/CompareScreen.tsx";
import { KEYS, renderApp } from "./test/render.tsx";

const model = getSummit("alaska-2025");
const comparison = compare(model);
const names = new Names(model.actors(), model.sources());
const rowOf = (issueId: string) => comparison.rows.findIndex((r) => r.issue.id === issueId);
/** A frame as one line: wrapped text compares as it reads. */
const flat = (frame: string) => frame.replace(/\s+/g, " ");
/** The first words of a summary, which stand on an entry's first line. */
/** Parley's text in a language; "" where there is none (an event without an inference). */
const text = (t: Localized | undefined, lang: string) => (t ? localize(t, lang) : "");
const opening = (claim: Claim, words = 3) => text(claim.summary, "en").split(" ").slice(0, words).join(" ");
const down = (n: number) => Array.from({ length: n }, () => KEYS.down);
const right = (n: number) => Array.from({ length: n }, () => KEYS.right);

/**
 * Everything a scrolled screen holds, read as a person would: from the top (g), a page at a time
 * until no "↓ n more" is left, without the markers.
 */
async function readAll(app: ReturnType<typeof renderApp>): Promise<string> {
  await app.press("g");
  const rows: string[] = [];
  const seen = new Set<string>();
  for (let page = 0; page < 50; page++) {
    const frame = app.frame();
    if (seen.has(frame)) break;
    seen.add(frame);
    // The body only: not the header and hint bar, nor the markers.
    for (const row of frame.split("\n").slice(1, -1))
      if (!/^[↑↓] \d+ more/.test(row) && !rows.includes(row)) rows.push(row);
    await app.press(KEYS.pageDown);
  }
  return flat(rows.join("\n"));
}

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function start(columns: number, rows: number, props = {}) {
  const app = renderApp({ columns, rows }, props);
  unmount = app.unmount;
  return app;
}

describe("comparison screen", () => {
  it("shows the issues and both sides' columns, each titled with its count of own positions", () => {
    const app = start(120, 30);
    const frame = app.frame();
    const [us, russia] = comparison.rows[0]?.cells ?? [];
    expect(frame).toContain("Issues");
    expect(frame).toContain(text(comparison.rows[0]?.issue.label, "en").slice(0, 20));
    // Columns: both side headers stand on the same line.
    expect(
      frame
        .split("\n")
        .some(
          (l) =>
            l.includes(`United States (${us?.own.length})`) && l.includes(`Russia (${russia?.own.length})`),
        ),
    ).toBe(true);
  });

  it("marks each issue per side: ● positions of its own, ○ only others' words, · nothing", () => {
    const app = start(120, 40);
    for (const row of comparison.rows.slice(0, 20)) {
      const marks = row.cells
        .map((c) => (!c.gap ? "●" : c.hearsay.length + c.analysis.length > 0 ? "○" : "·"))
        .join("");
      expect(app.frame()).toContain(`${marks} ${text(row.issue.label, "en").slice(0, 15)}`);
    }
  });

  it("shows a gap as a gap, and what others say about the side under it", async () => {
    const gapRow = comparison.rows.findIndex((r) => r.cells.some((c) => c.gap && c.hearsay.length > 0));
    expect(gapRow).toBeGreaterThanOrEqual(0);
    const cell = comparison.rows[gapRow]?.cells.find((c) => c.gap && c.hearsay.length > 0);
    const app = start(180, 40);
    await app.press(...down(gapRow));
    const frame = flat(app.frame());
    expect(frame).toContain("no position of its own in the sources");
    expect(frame).toContain(`Said about it (${cell?.hearsay.length})`);
  });

  it("files Lavrov's claim that Trump accepted as Russia's words, and under the US as hearsay per Lavrov", async () => {
    const id = "trump-accepted-invitation-per-lavrov";
    const row = comparison.rows[rowOf("follow-up-meeting")];
    const [us, russia] = row?.cells ?? [];
    expect(us?.own.map((c) => c.claim.id)).not.toContain(id);
    expect(us?.hearsay.map((c) => c.claim.id)).toContain(id);
    expect(russia?.own.map((c) => c.claim.id)).toContain(id);

    const app = start(140, 50);
    await app.press(...down(rowOf("follow-up-meeting")));
    const lines = app.frame().split("\n");
    const russiaStarts = lines.find((l) => l.includes("Russia ("))?.indexOf("Russia (") ?? -1;
    // In the US column: under "Said about it", with who says it.
    const usColumn = lines.map((l) => l.slice(0, russiaStarts)).join("\n");
    const heading = usColumn.indexOf("Said about it");
    expect(heading).toBeGreaterThan(-1);
    expect(usColumn.indexOf("per Sergey Lavrov")).toBeGreaterThan(heading);
    // In Russia's column: Lavrov's own words, about Trump.
    expect(lines.map((l) => l.slice(russiaStarts)).join("\n")).toContain("Sergey Lavrov about Donald Trump");

    // Enter on it (after the US's own positions) opens Lavrov's claim, not a Trump position.
    const at = (us ? entriesOf(us) : []).findIndex((e) => e.claim.id === id);
    await app.press(KEYS.tab, ...down(at), KEYS.enter);
    const frame = flat(app.frame());
    expect(frame).toContain("Evidence · Sergey Lavrov about Donald Trump");
    expect(frame).toContain("Said by: Sergey Lavrov · about: Donald Trump");
  });

  it("walks a column's entries in the order it shows them: own, then hearsay, then analysis", async () => {
    const issue = comparison.rows.findIndex((r) =>
      r.cells.some((c) => c.own.length > 0 && c.hearsay.length > 0 && c.analysis.length > 0),
    );
    expect(issue).toBeGreaterThanOrEqual(0);
    const cells = comparison.rows[issue]?.cells ?? [];
    const column = cells.findIndex((c) => c.own.length > 0 && c.hearsay.length > 0 && c.analysis.length > 0);
    const cell = cells[column];
    const entries = cell ? entriesOf(cell) : [];
    const app = start(120, 40);
    await app.press(...down(issue), ...Array.from({ length: column + 1 }, () => KEYS.tab));
    for (const [i, entry] of entries.entries()) {
      if (i > 0) await app.press(KEYS.down);
      // Each entry carries its stance on this row's issue as its mark.
      expect(app.frame()).toContain(`${STANCE_MARKS[entry.stance]} ${opening(entry.claim, 2)}`);
      await app.press(KEYS.enter);
      expect(flat(app.frame())).toContain(flat(text(entry.claim.summary, "en")).slice(0, 40));
      await app.press(KEYS.esc);
    }
    // Past the last entry the selection stays on it.
    await app.press(KEYS.down, KEYS.enter);
    expect(flat(app.frame())).toContain(
      flat(text(entries[entries.length - 1]?.claim.summary, "en") || "-").slice(0, 40),
    );
  });

  it("shows a claim's stance on each row's issue, not one stance for all", async () => {
    const claim = model.dataset.claims.find(
      (c) =>
        c.speakerIds.length > 0 &&
        c.attribution !== "analysis" &&
        new Set(c.stances.map((s) => s.stance)).size > 1,
    );
    if (!claim) return;
    const app = start(200, 60);
    let at = 0;
    const byRow = [...claim.stances].sort((a, b) => rowOf(a.issueId) - rowOf(b.issueId));
    for (const { issueId, stance } of byRow) {
      await app.press(...down(rowOf(issueId) - at));
      at = rowOf(issueId);
      expect(app.frame()).toContain(`${STANCE_MARKS[stance]} ${opening(claim, 2)}`);
    }
  });

  it("opens a position's evidence: who, how, when, stance, review, source and the verbatim paragraph", async () => {
    const row = comparison.rows.findIndex((r) => r.cells[0]?.own.length);
    const own = comparison.rows[row]?.cells[0]?.own[0];
    const claim = own?.claim as Claim;
    const app = start(120, 40);
    await app.press(...down(row), KEYS.tab, KEYS.enter);
    const frame = flat(app.frame());
    const evidence = claim.evidence[0];
    expect(frame).toContain(`Evidence · ${names.voice(claim, "en")}`);
    expect(frame).toContain("(Parley's translation)");
    expect(frame).toContain(`Said by: ${names.actorList(claim.speakerIds, "en")}`);
    if (claim.occasion) expect(frame).toContain(occasionLabel(claim.occasion, "en"));
    expect(frame).toContain(`${text(comparison.rows[row]?.issue.label, "en")}: ${own?.stance}`);
    expect(frame).toContain(`Review: ${claim.review.state === "draft" ? "draft" : "reviewed"}`);
    expect(frame).toContain(`[${evidence?.source.slice(0, 3)}`);
    // The quote's first words, verbatim Indonesian.
    expect(frame).toContain(evidence?.quote.exact.split(" ").slice(0, 4).join(" "));
    await app.press(KEYS.esc);
    expect(app.frame()).toContain("Issues");
  });

  it("moves once per key when keys arrive in one write, letters and arrows alike", async () => {
    const app = start(60, 20);
    const total = comparison.rows.length;
    await app.batch("j", "j", "j", "j", "j");
    expect(app.frame()).toContain(`6/${total} `);
    await app.batch(...down(5));
    expect(app.frame()).toContain(`11/${total} `);
    await app.batch("k", "k", KEYS.up);
    expect(app.frame()).toContain(`8/${total} `);
  });

  it("jumps to the first and last issue with g/G and Home/End, and a page with PgDn/PgUp", async () => {
    const app = start(60, 20);
    const total = comparison.rows.length;
    const at = () => Number(/(\d+)\/\d+ /.exec(app.frame())?.[1]);
    await app.press("G");
    expect(at()).toBe(total);
    await app.press("g");
    expect(at()).toBe(1);
    await app.press(KEYS.pageDown);
    const page = at() - 1;
    expect(page).toBeGreaterThan(5);
    await app.press(KEYS.end, KEYS.pageUp);
    expect(at()).toBe(total - page);
    await app.press(KEYS.home);
    expect(at()).toBe(1);
  });

  it.each([
    [40, 12],
    [60, 20],
    [80, 24],
  ])("at %ix%i keeps the header on one row and ? help and q quit in the hint bar", (columns, rows) => {
    const lines = start(columns, rows).frame().split("\n");
    expect(lines[0]).toMatch(/^Parley .* EN$/);
    expect(lines.at(-1)).toContain("? help");
    expect(lines.at(-1)).toContain("q quit");
  });

  it("parley --issue ceasefire opens on that issue alone, as the printed comparison does", () => {
    const app = start(120, 30, { target: targetOf(parseInvocation(["--issue", "ceasefire"])) });
    const frame = app.frame();
    expect(frame).toContain(model.issue("ceasefire").label.en);
    expect(frame).not.toContain(model.issue("ukraine-war").label.en);
  });

  it("shows names, not the data's internal ids (actors, reader)", async () => {
    const app = start(100, 30);
    await app.press("3");
    expect(app.frame()).not.toMatch(/\((united-states|russia|donald-trump)\)/);
    const view = model.source(model.sources()[0]?.id ?? "");
    const first = view.spans.findIndex((s) => s.kind === "claim");
    await app.press("7", KEYS.enter, ...right(first));
    const span = view.spans[first];
    expect(app.frame()).not.toContain(span?.id);
    expect(flat(app.frame())).toContain(names.voice(model.claim(span?.id ?? ""), "en"));
  });

  it.each([
    [200, 50],
    [80, 24],
    [60, 20],
    [40, 12],
  ])(
    "at %ix%i the evidence of a dated event cuts nothing: the inference and the quote read in full",
    async (columns, rows) => {
      const events = model.timeline();
      const at = events.findIndex((e) => text(e.inference, "en").length > 250);
      const event = events[at];
      const app = start(columns, rows);
      await app.press("6", ...down(at), KEYS.enter);
      const read = await readAll(app);
      expect(read).toContain(flat(text(event?.inference, "en") || "-"));
      for (const e of event?.evidence ?? []) expect(read).toContain(flat(e.quote.exact));
    },
  );

  it("at 80x24 a claim's evidence cuts nothing: who, how, stances, Parley's note and the quote", async () => {
    // The claim with the most to say: Parley's note on an inferred speaker, and its sources' notes.
    const claim = [...model.claims()].sort(
      (a, b) => text(b.inference, "en").length - text(a.inference, "en").length,
    )[0] as Claim;
    const app = start(80, 24);
    const view = model.source(claim.evidence[0]?.source ?? "");
    const sourceIndex = model.sources().findIndex((s) => s.id === view.source.id);
    const span = view.spans.findIndex((s) => s.kind === "claim" && s.id === claim.id);
    await app.press("7", ...down(sourceIndex), KEYS.enter, ...right(span), KEYS.enter);
    const read = await readAll(app);
    expect(read).toContain(flat(text(claim.inference, "en") || "-"));
    expect(read).toContain(flat(text(claim.summary, "en")));
    for (const note of view.source.notes) expect(read).toContain(flat(text(note.label, "en")));
    expect(read).toContain(flat(claim.evidence[0]?.quote.exact ?? "-"));
  });

  it("reads a source as it is set, paragraphs apart and headings on their own, scrolling by line and page", async () => {
    const app = start(100, 30);
    const text = model.sources()[0]?.text ?? "";
    const [first, second] = text.split("\n");
    await app.press("7", KEYS.enter, "g");
    const rows = app.frame().split("\n");
    const heading = rows.findIndex((r) => r.trim() === "Diskusi Intensif Tanpa Kesepakatan Trump-Putin");
    expect(heading).toBeGreaterThan(3);
    expect(rows[heading - 1]?.trim()).toBe("");
    expect(rows[3]).toContain(first?.slice(0, 40));
    expect(flat(rows.join("\n"))).toContain(flat(second ?? "-"));
    await app.press("j");
    expect(app.frame().split("\n")[3]).toMatch(/^↑ 1 more/);
    await app.press(KEYS.pageDown, KEYS.pageDown, "G");
    expect(app.frame()).not.toMatch(/↓ \d+ more/);
    expect(flat(app.frame())).toContain(flat(text.trimEnd().split("\n").at(-1)?.slice(-40) ?? "-"));
  });

  it("gives text the room it has: at 200 columns no issue is cut, at 120 no attribution loses its cue or source", async () => {
    const wide = start(200, 50);
    const issues = wide
      .frame()
      .split("\n")
      .map((l) => l.slice(0, 70));
    for (const row of comparison.rows.slice(0, 40)) {
      expect(issues.some((l) => l.includes(text(row.issue.label, "en")))).toBe(true);
    }
    wide.unmount();
    const app = start(120, 40);
    await app.press(KEYS.tab);
    const cell = comparison.rows[0]?.cells[0];
    const claim = cell?.own[0]?.claim as Claim;
    // The US column alone: from its title to Russia's.
    const lines = app.frame().split("\n");
    const title = lines.find((l) => l.includes("United States (")) ?? "";
    const column = lines.map((l) => l.slice(title.indexOf("United States ("), title.indexOf("Russia (")));
    expect(flat(column.join("\n"))).toContain(
      `${names.attribution(claim, "en")} ${names.sourceTags(claim.evidence)}`,
    );
  });

  it("hides the issues where no selected side has a position of its own with e, and counts them", async () => {
    const empty = comparison.rows.filter((r) => r.cells.every((c) => c.gap));
    expect(empty.length).toBeGreaterThan(0);
    const label = text(empty[0]?.issue.label, "en");
    const app = start(160, 60);
    expect(app.frame()).toContain(label);
    await app.press("e");
    expect(app.frame()).not.toContain(label);
    expect(app.frame()).toContain(`${empty.length} hidden`);
    await app.press("e");
    expect(app.frame()).toContain(label);
  });

  it("copies the quote with its citation with y, and says so", async () => {
    const copied: string[] = [];
    const app = start(120, 40, { copy: (text: string) => copied.push(text) });
    await app.press(KEYS.tab, KEYS.enter, "y");
    const claim = comparison.rows[0]?.cells[0]?.own[0]?.claim as Claim;
    const evidence = claim.evidence[0];
    expect(copied).toEqual([
      `“${evidence?.quote.exact}” — ${names.voice(claim, "en")}, ${names.sourceTags([evidence as NonNullable<typeof evidence>])} ${names.sourceTitle(evidence?.source ?? "")}`,
    ]);
    expect(app.frame()).toContain("Copied");
  });

  it("says how many issues are out of view above and below the list", async () => {
    const app = start(120, 30);
    const hidden = (arrow: string) => Number(new RegExp(`${arrow} (\\d+) more`).exec(app.frame())?.[1] ?? 0);
    expect(hidden("↓")).toBeGreaterThan(0);
    expect(hidden("↑")).toBe(0);
    await app.press("G");
    expect(hidden("↑")).toBeGreaterThan(0);
    expect(hidden("↓")).toBe(0);
    expect(app.frame()).toContain(text(comparison.rows.at(-1)?.issue.label, "en").slice(0, 20));
  });

  it("filters the claims by source (f), attribution (a) and stance (s), and says so", async () => {
    const row = comparison.rows[0];
    const [us] = row?.cells ?? [];
    const source = model.sources()[0]?.id ?? "";
    const app = start(160, 50);
    await app.press("f");
    const fromSource = us?.own.filter((p) => p.claim.evidence.some((e) => e.source === source)) ?? [];
    expect(app.frame()).toContain(`filter: [${names.sourceTag(source)}`);
    expect(app.frame()).toContain(`United States (${fromSource.length})`);
    await app.press("a");
    const quoted = fromSource.filter((p) => p.claim.attribution === "direct-quote");
    expect(app.frame()).toContain("direct quote");
    expect(app.frame()).toContain(`United States (${quoted.length})`);
    if (quoted.length === 0 && !us?.gap)
      expect(flat(app.frame())).toContain("none of its own positions match the filter");
    // Stepping past the last value of each filter shows everything again.
    for (let i = 0; i < model.sources().length; i++) await app.press("f");
    for (let i = 0; i < 5; i++) await app.press("a");
    expect(app.frame()).not.toContain("filter:");
    expect(app.frame()).toContain(`United States (${us?.own.length})`);
    await app.press("s");
    expect(app.frame()).toContain("filter: supports");
  });

  it("labels Parley's own summary as a summary in Indonesian, apart from the verbatim sentence", async () => {
    const app = start(120, 40);
    await app.press("L", KEYS.tab, KEYS.enter);
    const claim = comparison.rows[0]?.cells[0]?.own[0]?.claim as Claim;
    const frame = flat(app.frame());
    expect(frame).toContain(`${flat(text(claim.summary, "id"))} (Ringkasan Parley)`);
    expect(frame).toContain(flat(claim.evidence[0]?.quote.exact ?? "-"));
  });

  it("says what the issue list's marks mean, under its title", () => {
    expect(start(120, 30).frame()).toMatch(/Issues.*● own ○ said · none/);
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
    const row = comparison.rows.findIndex((r) => r.cells[0]?.own.length && r.cells[0]?.hearsay.length);
    const cell = comparison.rows[row]?.cells[0];
    const app = start(200, 60);
    await app.press(...down(row), "L");
    const frame = flat(app.frame());
    expect(frame).toContain("Isu");
    expect(frame).toContain(" ID");
    expect(frame).toContain(`Kata pihak lain (${cell?.hearsay.length})`);
    expect(frame).toContain(text(cell?.own[0]?.claim.summary, "id").split(" ").slice(0, 3).join(" "));
    await app.press(KEYS.tab, KEYS.enter);
    expect(flat(app.frame())).toContain("Dikatakan oleh:");
  });

  it("compares two actors chosen with c: Lavrov's own assertion stands in his column", async () => {
    const app = start(160, 40);
    await app.press("c", KEYS.tab);
    const persons = model.actors({ kind: "person" });
    const lavrov = persons.findIndex((a) => a.id === "sergey-lavrov");
    const rubio = persons.findIndex((a) => a.id === "marco-rubio");
    const [first, second] = [Math.min(lavrov, rubio), Math.max(lavrov, rubio)];
    await app.press(...Array.from({ length: first }, () => "j"), " ");
    await app.press(...Array.from({ length: second - first }, () => "j"), " ", KEYS.enter);
    const byActors = compare(model, { actors: ["sergey-lavrov", "marco-rubio"] });
    const row = byActors.rows.findIndex((r) =>
      r.cells[0]?.own.some((c) => c.claim.id === "trump-accepted-invitation-per-lavrov"),
    );
    expect(row).toBeGreaterThanOrEqual(0);
    await app.press(...down(row));
    expect(app.frame()).toContain(`Sergey Lavrov (${byActors.rows[row]?.cells[0]?.own.length})`);
    expect(app.frame()).toContain("Marco Rubio (");
    expect(flat(app.frame())).toContain("Sergey Lavrov about Donald Trump");
  });

  it("refuses to compare fewer than two", async () => {
    const app = start(100, 30);
    await app.press("c", KEYS.tab, KEYS.enter);
    expect(app.frame()).toContain("Select at least two.");
  });
});

describe("other views", () => {
  it("lists every binding in the help", async () => {
    const app = start(120, 60);
    await app.press("?");
    for (const b of BINDINGS) expect(flat(app.frame())).toContain(b.description.en);
  });

  it("explains every mark and label in the help's legend, in both languages", async () => {
    const app = start(200, 150);
    await app.press("?");
    for (const lang of ["en", "id"] as const) {
      const frame = app.frame();
      for (const section of legend(lang)) {
        expect(frame).toContain(section.title);
        for (const e of section.entries) {
          expect(frame).toContain(e.mark);
          expect(frame).toContain(e.meaning);
        }
      }
      await app.press("L");
    }
    // The legend is built from the tables the screens draw with.
    const en = legend("en").flatMap((s) => s.entries.map((e) => e.mark));
    for (const mark of Object.values(STANCE_MARKS))
      expect(en.some((m) => m.startsWith(`${mark} `))).toBe(true);
    for (const label of [
      "partial quote",
      "in an undated interview",
      "Said about it",
      "Analysis",
      "framing",
    ]) {
      expect(en).toContain(label);
    }
    expect(en).toContain(`Source note (${noteKindLabel("anomaly", "en")})`);
  });

  it("scrolls the help to its end in a small terminal", async () => {
    const app = start(80, 24);
    await app.press("?", ...Array.from({ length: 90 }, () => "j"));
    expect(app.frame()).toContain("Parley infers the date, and says how");
  });

  it("shows the summit overview with date, place and delegations", async () => {
    const app = start(100, 30);
    await app.press("2");
    expect(app.frame()).toContain("2025-08-15");
    expect(app.frame()).toContain("Anchorage, Alaska");
    expect(app.frame()).toContain("Delegation:");
  });

  it("shows actors with roles, outcomes, discrepancies with their kind, and the timeline", async () => {
    const app = start(120, 30);
    await app.press("3");
    expect(app.frame()).toContain(model.dataset.actors[0]?.name.en);
    await app.press("4");
    expect(app.frame()).toContain(text(model.outcomes()[0]?.label, "en").slice(0, 20));
    await app.press("5");
    const [discrepancy] = model.discrepancies();
    expect(app.frame()).toContain(
      `${discrepancyKindLabel(discrepancy?.kind ?? "contradiction", "en")} · ${text(discrepancy?.question, "en").slice(0, 20)}`,
    );
    expect(app.frame()).toContain(text(discrepancy?.variants[1]?.label, "en").slice(0, 15));
    await app.press("6");
    const [event] = model.timeline();
    expect(app.frame()).toContain(event ? dateLabel(event, "en") : "-");
  });

  it("labels both kinds of discrepancy, never calling a framing a contradiction", async () => {
    const list = model.discrepancies();
    expect(new Set(list.map((d) => d.kind))).toEqual(new Set(["contradiction", "framing"]));
    const app = start(120, 50);
    await app.press("5");
    for (const d of list) expect(app.frame()).toContain(`${d.kind} · ${text(d.question, "en").slice(0, 30)}`);
    const framing = list.findIndex((d) => d.kind === "framing");
    await app.press(...down(framing));
    expect(app.frame()).toContain("framing: the sources characterise the same thing differently");
  });

  it("dates a bound as a bound: before Aug 2021", async () => {
    const bound = model.timeline().find((e) => e.relation !== "on");
    expect(bound).toBeDefined();
    expect(dateLabel({ date: "2021-08", precision: "month", relation: "before" }, "en")).toBe(
      "before Aug 2021",
    );
    const app = start(120, 40);
    await app.press("6");
    expect(app.frame()).toContain(
      `${dateLabel(bound as NonNullable<typeof bound>, "en")}  ${text(bound?.label, "en").slice(0, 20)}`,
    );
  });

  it("shows a claim's occasion and its source's notes beside the quote (004's anomaly)", async () => {
    const source = model.source("004");
    const anomaly = source.source.notes.find((n) => n.kind === "anomaly");
    expect(anomaly).toBeDefined();
    const span = source.spans.findIndex((s) => s.kind === "claim" && model.claim(s.id).occasion !== null);
    const claim = model.claim(source.spans[span]?.id ?? "");
    const app = start(140, 50);
    const sourceIndex = model.sources().findIndex((s) => s.id === source.source.id);
    await app.press("7", ...down(sourceIndex), KEYS.enter, ...right(span), KEYS.enter);
    const frame = flat(app.frame());
    expect(frame).toContain(`Evidence · ${names.voice(claim, "en")}`);
    expect(frame).toContain(occasionLabel(claim.occasion ?? "undated", "en"));
    expect(frame).toContain("[004*]");
    expect(frame).toContain(
      `Source note (anomaly): ${text(anomaly?.label, "en").split(" ").slice(0, 6).join(" ")}`,
    );
  });

  it("reads a source with its spans and moves from a span to its claim", async () => {
    const app = start(100, 30);
    const view = model.source(model.sources()[0]?.id ?? "");
    await app.press("7", KEYS.enter);
    expect(app.frame()).toContain(view.source.title);
    expect(app.frame()).toContain(`1/${view.spans.length}`);
    const toClaim = view.spans.findIndex((s) => s.kind === "claim");
    await app.press(...Array.from({ length: toClaim }, () => "l"), KEYS.enter);
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

  it("walks the search results: down, down, enter opens the third hit", async () => {
    const hits = search(model, "sanksi", { limit: 30 });
    const third = hits[2];
    expect(third?.kind).toBe("claim");
    const app = start(120, 40);
    await app.press("/");
    await app.type("sanksi");
    await app.press(KEYS.down, KEYS.down);
    const selected =
      app
        .frame()
        .split("\n")
        .find((l) => l.startsWith("▸ ")) ?? "";
    expect(selected).toContain(
      third?.snippet
        .map((f) => f.text)
        .join("")
        .slice(0, 30),
    );
    await app.press(KEYS.enter);
    const claim = model.claim(third?.id ?? "");
    expect(flat(app.frame())).toContain(`Evidence · ${names.voice(claim, "en")}`);
    expect(flat(app.frame())).toContain(text(claim.summary, "en").split(" ").slice(0, 5).join(" "));
  });

  it("edits the query with the readline keys, and the hints do not offer j/k while typing", async () => {
    const app = start(100, 30);
    const query = () => app.frame().split("\n")[1] ?? "";
    await app.press("/");
    expect(app.frame().split("\n").at(-1)).not.toMatch(/\bjk\b/);
    await app.type("gencatan senjata");
    expect(query()).toContain("/ gencatan senjata");
    await app.press("\u0017"); // Ctrl+W: the word before the cursor
    expect(query()).toMatch(/^\/ gencatan\s*$/);
    await app.press("\u0001"); // Ctrl+A: to the start
    await app.type("x");
    expect(query()).toMatch(/^\/ xgencatan\s*$/);
    await app.press("\u0005"); // Ctrl+E: to the end
    await app.type("y");
    expect(query()).toMatch(/^\/ xgencatan y\s*$/);
    await app.press("\u0001", KEYS.right, "\u000b"); // Ctrl+K: from the cursor to the end
    expect(query()).toMatch(/^\/ x\s*$/);
    await app.type("abc");
    await app.press("\u0015"); // Ctrl+U: everything before the cursor
    expect(query()).toMatch(/^\/ {2}Type to search/);
  });
});

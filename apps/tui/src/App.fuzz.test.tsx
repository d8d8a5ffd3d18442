import { compare, getSummit } from "@parley/core";
import fc from "fast-check";
import { act } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { embeddedData } from "./data/embedded.ts";
import { KEYS, renderApp } from "./test/render.tsx";

// Reproducible by default; FUZZ_SEED / FUZZ_RUNS explore further (a failure prints its seed and path).
const seed = Number(process.env.FUZZ_SEED ?? 20250815);
const numRuns = Number(process.env.FUZZ_RUNS ?? 100);

const data = embeddedData();
const comparison = compare(getSummit("alaska-2025"));

// Everything a user can send but Ctrl+C and q, which leave the app by design (a q inside a
// random string too: keys that arrive together are each handled, so "q " quits).
const noQuit = (keys: string) => !keys.includes("q");
const controlChars = Array.from({ length: 26 }, (_, i) => String.fromCharCode(i + 1)).filter(
  (c) => c !== "\u0003",
);
const key = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...Object.values(KEYS), "j", "k", "h", "l", "/", "?", "L", "c", " "),
  },
  { weight: 3, arbitrary: fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "\u007f") },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 }).filter(noQuit) },
  { weight: 1, arbitrary: fc.constantFrom(...controlChars) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }) },
);
const size = fc.record({
  columns: fc.integer({ min: 40, max: 200 }),
  rows: fc.integer({ min: 12, max: 60 }),
});

const width = (line: string) => [...line].length;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("fuzz: random keys at random sizes", () => {
  it(
    "never crashes and always draws a frame that fits the terminal",
    async () => {
      const errors = vi.spyOn(console, "error");
      await fc.assert(
        fc.asyncProperty(size, fc.array(key, { minLength: 1, maxLength: 25 }), async (at, keys) => {
          const app = renderApp(at, { data });
          try {
            await app.press(...keys);
            const frame = app.frame();
            const lines = frame.split("\n");
            expect(frame.trim()).not.toBe("");
            expect(frame).not.toMatch(/^\s*ERROR\s/m);
            expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(at.columns);
            expect(lines.length).toBeLessThanOrEqual(at.rows);
            expect(errors).not.toHaveBeenCalled();
          } finally {
            app.unmount();
          }
        }),
        { seed, numRuns },
      );
      // A run renders the app and sends up to 25 keys: ~0.15 s alone, several times that on a
      // loaded 2-core machine. The budget grows with the runs asked for, so it never flakes.
    },
    numRuns * 600,
  );
});

describe("resizing the terminal", () => {
  it("switches between columns and stacked, keeping the selected issue", async () => {
    const app = renderApp(undefined, { data });
    const stdout = app.stdout as unknown as NodeJS.EventEmitter;
    const resize = (columns: number, rows: number) =>
      act(() => {
        Object.defineProperty(stdout, "columns", { value: columns, configurable: true });
        Object.defineProperty(stdout, "rows", { value: rows, configurable: true });
        stdout.emit("resize");
      });
    const sideBySide = (frame: string) =>
      frame.split("\n").some((l) => l.includes("United States (") && l.includes("Russia ("));
    const selected = comparison.rows[2]?.issue.label.en?.slice(0, 20) ?? "-";
    try {
      await resize(120, 30);
      await app.press("j", "j");
      const wide = app.lastFrame() ?? "";
      expect(sideBySide(wide)).toBe(true);
      expect(wide).toContain(selected);

      await resize(60, 30);
      const narrow = app.lastFrame() ?? "";
      expect(sideBySide(narrow)).toBe(false);
      expect(narrow).toContain("United States (");
      expect(narrow).toContain(selected);
      expect(narrow).toContain(`3/${comparison.rows.length}`);
      expect(Math.max(...narrow.split("\n").map(width))).toBeLessThanOrEqual(60);

      await resize(120, 30);
      expect(sideBySide(app.lastFrame() ?? "")).toBe(true);
    } finally {
      app.unmount();
    }
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ONE_COLUMN } from "./terminal-text/one-column.ts";

// What the built CLI loads at start decides how soon the first line or frame appears.
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const read = (file: string) => readFileSync(`${dist}${file}`, "utf8");
const files = readdirSync(`${dist}chunks`).map((f) => `chunks/${f}`);

/** Every file `file` imports statically, transitively. */
function loadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  for (const [, path] of read(file).matchAll(/from"\.\/([^"]+)"/g)) {
    const next = file.startsWith("chunks/") ? `chunks/${path}` : (path as string);
    if (!seen.has(next)) loadedAtStart(next, seen);
  }
  return seen;
}

describe("the bundle", () => {
  const start = loadedAtStart("cli.js");
  const text = [...start].map(read).join("\n");

  it("loads the UI and the API client only when asked", () => {
    expect(files.some((f) => f.startsWith("chunks/interactive-"))).toBe(true);
    expect(files.some((f) => f.startsWith("chunks/remote-"))).toBe(true);
    expect([...start].some((f) => /interactive-|remote-/.test(f))).toBe(false);
    expect(text).not.toContain("yoga");
  });

  it("uses React's production build and leaves out the devtools bridge", () => {
    const all = ["cli.js", ...files].map(read).join("\n");
    expect(all).not.toContain("connectToDevTools");
    expect(all).not.toContain("Sec-WebSocket-Key");
    expect(all).not.toMatch(/react-reconciler\.development|react-jsx-runtime\.development/);
  });

  it("gives Ink the fast text paths and loads yoga without fetch", () => {
    const ui = read(files.find((f) => f.startsWith("chunks/interactive-")) as string);
    // src/terminal-text/ stands in for string-width, slice-ansi and ansi-tokenize (their fallbacks
    // are bundled too), and keeps string-width's emoji regex a literal that V8 parses on first use.
    expect(ui).toContain(ONE_COLUMN.source);
    expect(ui).toContain("/^\\p{RGI_Emoji}$/v");
    expect(ui).not.toMatch(/new RegExp\("\^\\\\p\{RGI_Emoji/);
    // yoga's loader would fetch() its own data: URL, loading undici to decode it.
    expect(ui).not.toContain("typeof fetch");
  });
});

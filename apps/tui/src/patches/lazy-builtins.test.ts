import { AssertionError } from "node:assert";
import { describe, expect, it } from "vitest";
import { equal } from "./assert.ts";
import { execFileSync } from "./child-process.ts";

// The stand-ins the bundle gives terminal-size and signal-exit (scripts/build.mjs) do what the
// Node modules did, loading them only when needed.
describe("the lazy stand-ins for Node modules", () => {
  it("runs a program as child_process.execFileSync does", () => {
    const out = execFileSync(process.execPath, ["-e", "process.stdout.write(' 80 ')"], { encoding: "utf8" });
    expect(out).toBe(" 80 ");
  });

  it("checks as assert.equal does, with its error when the check fails", () => {
    expect(() => equal(typeof (() => {}), "function", "a callback must be provided")).not.toThrow();
    expect(() => equal(1, "1")).not.toThrow();
    const failing = () => equal(typeof undefined, "function", "a callback must be provided");
    expect(failing).toThrow(AssertionError);
    expect(failing).toThrow("a callback must be provided");
  });
});

import { AssertionError } from "node:assert";
import { describe, expect, it } from "vitest";
import { equal } from "./assert.ts";
import { execFileSync } from "./child-process.ts";
import processModule, { cwd } from "./process.ts";

// The stand-ins for Node modules that the bundle gives Ink's dependencies (scripts/build.mjs) do
// what the modules do; child_process and assert are loaded only when needed.
describe("the stand-ins for Node modules", () => {
  it("runs a program as child_process.execFileSync does", () => {
    const out = execFileSync(process.execPath, ["-e", "process.stdout.write(' 80 ')"], { encoding: "utf8" });
    expect(out).toBe(" 80 ");
  });

  it("gives the process object, as node:process does to an ES module", async () => {
    const { default: nodeProcess, cwd: nodeCwd } = await import("node:process");
    expect(processModule).toBe(nodeProcess);
    expect(cwd).toBe(nodeCwd);
    expect(cwd()).toBe(process.cwd());
  });

  it("checks as assert.equal does, with its error when the check fails", () => {
    expect(() => equal(typeof (() => {}), "function", "a callback must be provided")).not.toThrow();
    expect(() => equal(1, "1")).not.toThrow();
    const failing = () => equal(typeof undefined, "function", "a callback must be provided");
    expect(failing).toThrow(AssertionError);
    expect(failing).toThrow("a callback must be provided");
  });
});

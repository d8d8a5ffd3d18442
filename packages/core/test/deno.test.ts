import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const deno = join(root, "node_modules/.bin/deno");

// The core promises to run where there is no file system: Deno without a single permission
// loads the built package (as a consumer would) and answers queries from the bundled data.
describe("the built package in Deno, with no permissions", () => {
  it("loads, validates and answers compare, search and lookups", async () => {
    expect(existsSync(join(root, "dist/index.js")), "run the build first").toBe(true);
    const program = `
      import { getSummit, compare, search, UnknownIdError } from "./dist/index.js";
      const m = getSummit("alaska-2025");
      let unknown;
      try { m.issue("sancti"); } catch (e) { unknown = e instanceof UnknownIdError ? e.suggestions : String(e); }
      console.log(JSON.stringify({
        date: m.summit.date.value,
        columns: compare(m).columns.map((c) => c.id),
        firstHit: search(m, "sepakat")[0]?.snippet.filter((f) => f.match).map((f) => f.text),
        unknown,
      }));`;
    const { stdout } = await promisify(execFile)(deno, ["eval", "--no-prompt", "--ext=js", program], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
    });
    const result = JSON.parse(stdout);
    expect(result.date).toBe("2025-08-15");
    expect(result.columns).toEqual(["united-states", "russia"]);
    expect(result.firstHit.join(" ").toLowerCase()).toMatch(/sepakat/);
    expect(result.unknown).toContain("sanctions");
  }, 60_000);
});

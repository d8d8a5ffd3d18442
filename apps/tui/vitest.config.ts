import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

// The core's exports point at its TypeScript source inside the repo, so the tests run it.
export default defineProject({
  // As in the bundle (scripts/build.mjs): Ink would draw only the last frame wherever a CI
  // variable is set, CI's own test run included. Ink is inlined so that the alias reaches it.
  resolve: { alias: { "is-in-ci": fileURLToPath(new URL("./src/patches/is-in-ci.ts", import.meta.url)) } },
  test: {
    server: { deps: { inline: ["ink"] } },
    name: "tui",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    setupFiles: ["src/test/setup.ts"],
    testTimeout: 20_000,
  },
});

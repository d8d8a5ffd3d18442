import { defineProject } from "vitest/config";

// The core's exports point at its TypeScript source inside the repo, so the tests run it.
export default defineProject({
  test: {
    name: "tui",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    setupFiles: ["src/test/setup.ts"],
    testTimeout: 20_000,
  },
});

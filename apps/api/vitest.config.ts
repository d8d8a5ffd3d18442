import { defineProject } from "vitest/config";

// Inside the repo the core's exports point at its TypeScript source, so the tests run it.
export default defineProject({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.workers.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

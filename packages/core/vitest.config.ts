import { defineProject } from "vitest/config";

// Inside the repo the package's exports point at its TypeScript source, so tests run the source.
export default defineProject({
  test: {
    name: "core",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});

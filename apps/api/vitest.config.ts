import { defineProject } from "vitest/config";

// Inside the repo the core is tested from its TypeScript source (the "@parley/source" condition).
export default defineProject({
  resolve: { conditions: ["@parley/source"] },
  ssr: { resolve: { conditions: ["@parley/source"] } },
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    exclude: ["src/**/*.workers.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

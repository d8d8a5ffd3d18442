import { defineProject } from "vitest/config";

// The core is tested from its TypeScript source (the "@parley/source" condition), as in the core.
export default defineProject({
  resolve: { conditions: ["@parley/source"] },
  ssr: { resolve: { conditions: ["@parley/source"] } },
  test: {
    name: "tui",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    setupFiles: ["src/test/setup.ts"],
    testTimeout: 20_000,
  },
});

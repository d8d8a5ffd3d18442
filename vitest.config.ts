import { defineConfig } from "vitest/config";

// Every package and app brings its own vitest project config; an app may have several
// (e.g. the API runs one project in Node and one inside workerd).
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/*/vitest.config.ts", "apps/*/vitest.*.config.ts"],
  },
});

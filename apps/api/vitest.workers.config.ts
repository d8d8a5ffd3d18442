import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";

process.env.WRANGLER_SEND_METRICS = "false";

// The same core paths as the Node suite, run inside workerd, the Workers runtime itself.
export default defineProject({
  plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
  test: {
    name: "api-workers",
    include: ["src/**/*.workers.test.ts"],
    testTimeout: 60_000,
  },
});

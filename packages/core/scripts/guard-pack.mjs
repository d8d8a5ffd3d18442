// Packing (and so publishing) @parley/core with npm would ship the repo's package.json as it is:
// `catalog:` dependency versions npm cannot install, and exports that point at TypeScript
// sources. pnpm replaces both on pack (the catalog's versions, `publishConfig.exports`).
const agent = process.env.npm_config_user_agent ?? "";
if (!agent.startsWith("pnpm/")) {
  console.error(
    "@parley/core is packed and published with pnpm (`pnpm pack`, `pnpm publish`), which writes the " +
      "catalog's versions and the built exports into the package; npm would ship the workspace's own.",
  );
  process.exit(1);
}

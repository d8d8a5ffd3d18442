// Screenshots of the reader's compare, claim and source pages at 1280 and 375 px, from the
// bundled Node server in Debian's chromium (scripts/ensure-tools.mjs chromium), written to
// docs/screenshots/ (the root README shows the compare one).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { freePort } from "../bench/free-port.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = `${root}docs/screenshots`;
const summit = "/summits/alaska-2025";
const PAGES = {
  // Two issues keep the table to a screen or two; the table is what the shot is for.
  compare: `${summit}/compare?issues=ceasefire,sanctions&lang=en`,
  claim: `${summit}/claims/trump-accepted-invitation-per-lavrov?lang=en`,
  source: `${summit}/sources/003?lang=en`,
};
const WIDTHS = [1280, 375];
const MAX_HEIGHT = 2400;

execFileSync(
  process.execPath,
  [fileURLToPath(new URL("../../../scripts/ensure-tools.mjs", import.meta.url)), "chromium"],
  {
    stdio: "inherit",
  },
);
execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
const port = await freePort();
const server = spawn(process.execPath, ["dist/node.js"], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
try {
  for (let i = 0; ; i++) {
    try {
      await fetch(origin);
      break;
    } catch (error) {
      if (i > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  mkdirSync(out, { recursive: true });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    for (const [name, path] of Object.entries(PAGES)) {
      const response = await page.goto(`${origin}${path}`);
      if (response?.status() !== 200) throw new Error(`${path}: ${response?.status()}`);
      const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
      const file = `${out}/${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
      console.log(file.slice(root.length));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}

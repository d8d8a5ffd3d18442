import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { getSummit } from "@parley/core";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createNodeServer } from "../runtime/node-server.ts";

// Debian's chromium (scripts/ensure-tools.mjs chromium, in the root `test` script) driven by
// playwright-core: the pages as a reader's browser gets them, over HTTP from the Node server.
const CHROMIUM = "/usr/bin/chromium";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WIDTHS = [1280, 375] as const;

const model = getSummit("alaska-2025");
const summit = "/summits/alaska-2025";
const claim = model.claims({ speaker: "sergey-lavrov" })[0]?.id ?? "";
const PAGES = {
  home: "/",
  compare: `${summit}/compare`,
  claim: `${summit}/claims/${claim}`,
  source: `${summit}/sources/003`,
  discrepancies: `${summit}/discrepancies`,
  timeline: `${summit}/timeline`,
  actors: `${summit}/actors`,
  search: `${summit}/search?q=gencatan%20senjata`,
  problem: `${summit}/claims/lavrov-says`,
};

const server = createNodeServer(createApp().fetch);
let origin = "";
let browser: Browser;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server.close(resolve));
});

/** A page at a width, with every console error and policy violation it reports. */
async function open(width: number, colorScheme: "light" | "dark" = "light") {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  // A problem page's own status is a console error too; what counts is every resource it loads.
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  page.on("response", (response) => {
    const request = response.request();
    if (request.resourceType() !== "document" && response.status() >= 400)
      errors.push(`${response.status()} ${request.url()}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith(origin)) errors.push(`request elsewhere: ${request.url()}`);
  });
  return { page, errors, close: () => context.close() };
}

/** axe-core's WCAG 2.x A/AA rules and its best practices, run in the page. */
async function violations(page: Page) {
  // Evaluated through the DevTools protocol, which the page's policy does not govern: the page
  // itself still runs no script.
  await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    (
      globalThis as unknown as {
        axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run({
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    }),
  );
  return results.violations.map(
    (v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
  );
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("the reader in Chromium", () => {
  for (const width of WIDTHS) {
    it(`shows every kind of page at ${width} px without horizontal scrolling, and axe finds nothing`, async () => {
      const { page, errors, close } = await open(width);
      try {
        for (const [kind, path] of Object.entries(PAGES)) {
          const response = await page.goto(`${origin}${path}`);
          expect(response?.status(), kind).toBe(kind === "problem" ? 404 : 200);
          expect(await page.locator("h1").count(), kind).toBe(1);
          expect(await horizontalOverflow(page), kind).toBeLessThanOrEqual(0);
          expect(await violations(page), kind).toEqual([]);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 180_000);
  }

  it("passes axe in the dark scheme too, and prints without the navigation", async () => {
    const { page, errors, close } = await open(1280, "dark");
    try {
      for (const path of [PAGES.compare, PAGES.claim, PAGES.source]) {
        await page.goto(`${origin}${path}`);
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
          "rgb(18, 18, 18)",
        );
        expect(await violations(page), path).toEqual([]);
      }
      await page.emulateMedia({ media: "print" });
      expect(await page.locator("header.site nav").first().isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  for (const width of WIDTHS) {
    it(`follows compare → claim → source and back, switches language and searches, at ${width} px`, async () => {
      const { page, errors, close } = await open(width);
      try {
        await page.goto(`${origin}/`);
        await page
          .getByRole("navigation", { name: "Explore" })
          .getByRole("link", { name: "Compare" })
          .click();
        await expect.poll(() => page.url()).toBe(`${origin}${PAGES.compare}`);
        const toClaim = page.locator("table.compare .more a").first();
        const claimHref = await toClaim.getAttribute("href");
        await toClaim.click();
        await expect.poll(() => page.url()).toBe(`${origin}${claimHref}`);
        await expect.poll(() => page.locator("mark").count()).toBeGreaterThan(0);
        await page.locator("figcaption a").first().click();
        await expect.poll(() => page.url()).toMatch(new RegExp(`${summit}/sources/[^#]+#at-\\d+$`));
        // The quoted span is the target, and in view.
        await expect.poll(() => page.locator("mark:target").count()).toBe(1);
        expect(await page.locator("mark:target").isVisible()).toBe(true);
        await page.goBack();
        await expect.poll(() => page.url()).toBe(`${origin}${claimHref}`);
        await page.goBack();
        await expect.poll(() => page.url()).toBe(`${origin}${PAGES.compare}`);

        await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
        await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("id");
        expect(page.url()).toBe(`${origin}${PAGES.compare}?lang=id`);
        // The language stays as the reader moves on.
        await page.getByRole("navigation", { name: "Jelajahi" }).getByRole("link", { name: "Cari" }).click();
        await page.getByLabel("Kata yang dicari").fill("sepakat");
        await page.keyboard.press("Enter");
        await expect.poll(() => page.url()).toBe(`${origin}${summit}/search?q=sepakat&lang=id`);
        expect(await page.locator("html").getAttribute("lang")).toBe("id");
        expect(await page.locator("ol.hits > li").count()).toBeGreaterThan(0);
        expect((await page.locator("ol.hits mark").allTextContents()).map((t) => t.toLowerCase())).toContain(
          "kesepakatan",
        );
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }, 120_000);
  }

  it("works from the keyboard, with a visible focus and a skip link first", async () => {
    const { page, close } = await open(1280);
    try {
      await page.goto(`${origin}${PAGES.compare}`);
      await page.keyboard.press("Tab");
      const skip = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const style = getComputedStyle(focused);
        return {
          text: focused.textContent,
          outline: style.outlineStyle,
          top: focused.getBoundingClientRect().top,
        };
      });
      expect(skip.text).toBe("Skip to the content");
      expect(skip.outline).toBe("solid");
      expect(skip.top).toBeGreaterThanOrEqual(0);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.url()).toBe(`${origin}${PAGES.compare}#main`);
      // The form picks sides and issues without a mouse: open it, untick an issue, submit.
      await page.locator(".pickers summary").focus();
      await page.keyboard.press("Enter");
      await page.locator('input[name="issues"]').first().focus();
      await page.keyboard.press("Space");
      await page.locator(".picker").first().getByRole("button").press("Enter");
      await expect.poll(() => page.url()).toMatch(/compare\?sides=.*&issues=/);
      expect(await page.locator("tr[id^=issue-]").count()).toBe(model.issues().length - 1);
    } finally {
      await close();
    }
  }, 60_000);
});

import { afterEach, describe, expect, it } from "vitest";
import { remoteData } from "./data/remote.ts";
import { apiInProcess } from "./test/parley.ts";
import { KEYS, renderApp } from "./test/render.tsx";

const API = "http://parley.test";
const remote = await remoteData(API, { fetch: apiInProcess() });

const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
});

/** A frame below its header, which names the API in remote mode. */
const body = (frame: string) => frame.split("\n").slice(1).join("\n");

function start(props = {}) {
  const app = renderApp({ columns: 110, rows: 30 }, props);
  unmounts.push(app.unmount);
  return app;
}

describe("the screens over the API", () => {
  it.each([
    ["the comparison", []],
    ["a position's evidence", [KEYS.tab, KEYS.enter]],
    ["the summit", ["2"]],
    ["the actors", ["3", "j", "j"]],
    ["the outcomes", ["4"]],
    ["the discrepancies", ["5", "j"]],
    ["the timeline", ["6"]],
    ["a source, and a span's claim", ["7", "j", KEYS.enter, "l", "l", KEYS.enter]],
    ["Indonesian labels", ["L", "j", KEYS.tab]],
  ])("draw %s as with the embedded data", async (_name, keys: string[]) => {
    const local = start();
    const viaApi = start({ data: remote });
    for (const key of keys) {
      await local.press(key);
      await viaApi.press(key);
      // Each answer arrives before the next key, as it would for a person reading the screen.
      await viaApi.waitFor((f) => body(f) === body(local.frame()));
    }
    expect(local.frame()).not.toContain("Loading");
    expect(body(await viaApi.waitFor((f) => body(f) === body(local.frame())))).toBe(body(local.frame()));
    expect(viaApi.frame().split("\n")[0]).toMatch(/API parley\.test · (EN|ID)$/);
  });

  it("search as you type", async () => {
    const local = start();
    const viaApi = start({ data: remote });
    for (const app of [local, viaApi]) {
      await app.press("/");
      await app.type("gencatan");
    }
    const expected = body(await local.waitFor((f) => f.toLowerCase().includes("gencatan senjata")));
    expect(body(await viaApi.waitFor((f) => body(f) === expected))).toBe(expected);
  });
});

describe("an API that fails during the session", () => {
  it("shows the message in place of the screen, and keeps working", async () => {
    let down = false;
    const real = apiInProcess();
    const data = await remoteData(API, {
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
        if (down)
          return Promise.reject(
            Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }),
          );
        return real(input, init);
      }) as typeof fetch,
    });
    down = true;
    const app = start({ data });
    const message = `cannot reach the Parley API at ${API}: connection refused (is it running?).`;
    const flat = (f: string) => f.replace(/\s+/g, " ");
    expect(flat(await app.waitFor((f) => flat(f).includes(message)))).toContain(message);
    await app.press("4");
    expect(flat(await app.waitFor((f) => f.includes("Outcomes") && flat(f).includes(message)))).toContain(
      message,
    );
    // Wrapped to the screen, each line starting at the margin (no space left from the break).
    const narrow = start({ data, size: { columns: 50, rows: 20 } });
    const lines = (await narrow.waitFor((f) => f.includes("cannot reach"))).split("\n").slice(1, -1);
    expect(lines.filter((l) => l.trim() !== "").length).toBeGreaterThan(2);
    for (const line of lines) expect(line).not.toMatch(/^ /);
    // The lists fetched at start still draw.
    await app.press("7");
    expect(await app.waitFor((f) => f.includes("[003"))).toContain("[003");
    // Once the API is back, r asks again, as the message says.
    await app.press("4");
    expect(flat(app.frame())).toContain("Press r to try again");
    down = false;
    await app.press("r");
    const outcome = (await remote.outcomes())[0]?.label.en?.slice(0, 20) ?? "?";
    expect(await app.waitFor((f) => f.includes(outcome))).not.toContain(message);
  });
});

import { exports } from "cloudflare:workers";
import { getSummit } from "@parley/core";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";

const app = createApp();
const base = "/v1/summits/alaska-2025";

describe("inside workerd", () => {
  it("runs in the Workers runtime", () => {
    expect(navigator.userAgent).toBe("Cloudflare-Workers");
  });

  it("serves the summit, claims and a comparison", async () => {
    const summit = await app.request(base);
    expect(summit.status).toBe(200);
    expect(await summit.json()).toEqual(getSummit("alaska-2025").summit);
    const claims = await app.request(`${base}/claims?limit=1`);
    expect((await claims.json()).total).toBe(getSummit("alaska-2025").claims().length);
    const compare = await app.request(`${base}/compare?sides=united-states,russia`);
    const body = await compare.json();
    expect(body.columns.map((c: { id: string }) => c.id)).toEqual(["united-states", "russia"]);
    const [cell] = body.rows[0].cells;
    expect(Object.keys(cell).sort()).toEqual(["analysis", "columnId", "gap", "hearsay", "own"]);
    expect(cell.gap).toBe(cell.own.length === 0);
  });

  it("filters claims by speaker, subject, occasion and review", async () => {
    const model = getSummit("alaska-2025");
    const page = await app.request(`${base}/claims?speaker=Lavrov&subject=Trump&limit=200`);
    const { items } = await page.json();
    expect(items).toEqual(model.claims({ speaker: "sergey-lavrov", subject: "donald-trump" }));
    for (const claim of items) {
      expect(claim.speakerIds).toContain("sergey-lavrov");
      expect(claim.subjectIds).toContain("donald-trump");
    }
    const narration = await (await app.request(`${base}/claims?occasion=none&review=reviewed,draft`)).json();
    expect(narration.total).toBe(model.claims({ occasion: "none" }).length);
    const problem = await (await app.request(`${base}/claims?speaker=lavrof`)).json();
    expect(problem).toMatchObject({ status: 400, parameter: "speaker", kind: "actor" });
  });

  it("hashes ETags with Web Crypto and answers 304", async () => {
    const first = await app.request(`${base}/issues`);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await app.request(`${base}/issues`, { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it("answers problems, exports and search", async () => {
    const missing = await app.request("/v1/summits/alaska-2024");
    expect(missing.status).toBe(404);
    expect((await missing.json()).suggestions).toEqual(["alaska-2025"]);
    expect((await app.request(`${base}/claims?bogus=1`)).status).toBe(400);
    expect((await app.request(`${base}/claims`, { method: "DELETE" })).headers.get("allow")).toBe(
      "GET, HEAD, OPTIONS",
    );
    const csv = await app.request(`${base}/claims.csv`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await csv.text()).split("\r\n")[0]).toMatch(/^id,kind,speakers,subjects,reporter,attribution,/);
    const graph = await (await app.request(`${base}.jsonld`)).json();
    expect(graph["@context"]).toBe("https://schema.org");
    const narration = graph["@graph"].find(
      (n: { "@type": string; author?: unknown }) => n["@type"] === "Claim" && n.author === undefined,
    );
    expect(narration).toBeDefined();
    const search = await app.request(`${base}/search?q=Alaska`);
    expect((await search.json()).items.length).toBeGreaterThan(0);
    expect((await app.request("/openapi.json")).status).toBe(200);
  });

  it("leaves compression to the platform, under a weak ETag that still validates", async () => {
    // The Worker's own fetch, as workerd calls it: Cloudflare encodes the answer by what the
    // client accepts after the Worker, so the Worker sends it as it is, with a weak ETag.
    const url = `http://parley.test${base}/claims?limit=20`;
    for (const attempt of ["first", "from memory"]) {
      const response = await exports.default.fetch(url, { headers: { "Accept-Encoding": "gzip" } });
      expect(response.headers.get("content-encoding"), attempt).toBeNull();
      const etag = response.headers.get("etag") ?? "";
      expect(etag, attempt).toMatch(/^W\/"[0-9a-f]{32}"$/);
      const again = await exports.default.fetch(url, { headers: { "If-None-Match": etag } });
      expect(again.status, attempt).toBe(304);
    }
  });

  it("serves the reader: one page of each kind, in either language, the JSON naming its page", async () => {
    const browser = { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" };
    const model = getSummit("alaska-2025");
    const claim = model.claims()[0]?.id ?? "";
    const summit = "/summits/alaska-2025";
    const pages: [string, string][] = [
      ["/", "<h1>"],
      [`${summit}/compare`, '<table class="compare">'],
      [`${summit}/claims/${claim}`, "<mark>"],
      [`${summit}/sources/003`, '<mark id="at-'],
      [`${summit}/discrepancies`, 'id="contradiction"'],
      [`${summit}/timeline`, '<ol class="timeline">'],
      [`${summit}/actors`, '<article class="actor"'],
      [`${summit}/search?q=sepakat`, "<mark>"],
    ];
    for (const [path, marker] of pages) {
      const response = await exports.default.fetch(`http://parley.test${path}`, { headers: browser });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
      expect(response.headers.get("content-security-policy"), path).toContain("style-src 'self'");
      expect(await response.text(), path).toContain(marker);
    }
    const id = await exports.default.fetch(`http://parley.test${summit}/timeline`, {
      headers: { ...browser, "Accept-Language": "id" },
    });
    expect(await id.text()).toContain('<html lang="id">');
    const missing = await exports.default.fetch(`http://parley.test${summit}/claims/nope`, {
      headers: browser,
    });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Unknown claim");
    const json = await exports.default.fetch(`http://parley.test${base}/timeline`);
    expect(json.headers.get("link")).toBe(`<${summit}/timeline>; rel="alternate"; type="text/html"`);
    const css = await exports.default.fetch("http://parley.test/assets/reader.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });
});

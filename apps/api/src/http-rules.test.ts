import { getSummit } from "@parley/core";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { AnswerCache } from "./http/answer-cache.ts";
import { PROBLEM_TYPES } from "./http/problem-types.ts";

// The rules of HTTP the API keeps to the letter (RFC 9110, RFC 9457), each as an audit found
// it broken, and what an abusive client can and cannot make the API spend.
const base = "/v1/summits/alaska-2025";
const model = getSummit("alaska-2025");

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return response.json();
}

describe("the answer cache under abuse", () => {
  it("keeps one answer per negotiated representation, whatever Accept or Host says", async () => {
    const answers = new AnswerCache();
    const app = createApp({ answers });
    for (let i = 0; i < 300; i++) {
      const response = await app.request(`http://host-${i}.example${base}.jsonld`, {
        headers: { Accept: `application/ld+json, x/y${i}` },
      });
      expect(response.status).toBe(200);
    }
    expect(answers.size).toEqual({ entries: 1, bytes: expect.any(Number) });
    for (let i = 0; i < 50; i++) {
      await app.request(`${base}/issues`, { headers: { Accept: `application/json;q=0.${i + 1}, x/y${i}` } });
    }
    expect(answers.size.entries).toBe(2);
  });

  it("is bounded by bytes as well as by entries, dropping the oldest first", async () => {
    const answers = new AnswerCache({ maxEntries: 1000, maxBytes: 200_000 });
    const app = createApp({ answers });
    for (let limit = 1; limit <= 60; limit++) await app.request(`${base}/claims?limit=${limit}`);
    expect(answers.size.bytes).toBeLessThanOrEqual(200_000);
    expect(answers.size.entries).toBeLessThan(60);
    // The newest is kept, the oldest dropped: served again, it is answered (and kept) anew.
    const newest = app.fetch(new Request(`http://x${base}/claims?limit=60`));
    expect(newest).toBeInstanceOf(Response);
    const oldest = app.fetch(new Request(`http://x${base}/claims?limit=1`));
    expect(oldest).toBeInstanceOf(Promise);
  });

  it("caps search terms and hits with a problem that names the caps", async () => {
    const app = createApp();
    const many = Array.from({ length: 40 }, (_, i) => `kata${i}`).join(" ");
    const terms = await problemOf(await app.request(`${base}/search?q=${encodeURIComponent(many)}`), 400);
    expect(terms.detail).toMatch(/At most 12 words; this query has 40/);
    expect(terms.errors[0].parameter).toBe("q");
    const hits = await problemOf(await app.request(`${base}/search?q=damai&limit=200`), 400);
    expect(hits.detail).toMatch(/from 1 to 50/);
    const ok = await app.request(`${base}/search?q=${encodeURIComponent("gencatan senjata damai")}&limit=50`);
    expect(ok.status).toBe(200);
  });
});

describe("HTTP to the letter", () => {
  const app = createApp();

  it("answers a trailing slash or a dot-segment with a 404 that names the resource, not a 405", async () => {
    for (const path of [`${base}/`, "/v1/summits/", `${base}/actors/%2e%2e`]) {
      const problem = await problemOf(await app.request(path), 404);
      expect(problem.type, path).toBe("/problems/not-found");
    }
    const slash = await problemOf(await app.request(`${base}/claims/`), 404);
    expect(slash.detail).toContain(`Did you mean ${base}/claims?`);
    const post = await app.request(`${base}/claims`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("validates the gzip ETag a client holds on a fresh server, not only from memory", async () => {
    const path = `${base}/claims?limit=20`;
    const gzip = { "Accept-Encoding": "gzip" };
    const etag = (await createApp().request(path, { headers: gzip })).headers.get("etag") ?? "";
    expect(etag).toMatch(/-gzip"$/);
    const fresh = await createApp().request(path, { headers: { ...gzip, "If-None-Match": etag } });
    expect(fresh.status).toBe(304);
    expect(fresh.headers.get("etag")).toBe(etag);
  });

  it("sends no Content-Encoding on a 304 and answers If-Match with 412", async () => {
    const path = `${base}/claims?limit=20`;
    const gzip = { "Accept-Encoding": "gzip" };
    const etag = (await app.request(path, { headers: gzip })).headers.get("etag") ?? "";
    const notModified = await app.request(path, { headers: { ...gzip, "If-None-Match": etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("content-encoding")).toBeNull();
    expect(notModified.headers.get("vary")).toBe("Accept, Accept-Encoding");
    for (const fresh of [false, true]) {
      const target = fresh ? createApp() : app;
      const failed = await target.request(path, { headers: { ...gzip, "If-Match": '"stale"' } });
      const problem = await problemOf(failed, 412);
      expect(problem.type).toBe("/problems/precondition-failed");
      expect(failed.headers.get("etag")).toBeNull();
      const matched = await target.request(path, { headers: { ...gzip, "If-Match": etag } });
      expect(matched.status).toBe(200);
      expect((await target.request(path, { headers: { "If-Match": "*" } })).status).toBe(200);
    }
  });

  it("honours q=0 beside a wildcard, and Accept-Encoding preferences", async () => {
    const claims = `${base}/claims?limit=20`;
    const csv = await app.request(`${base}/claims`, { headers: { Accept: "application/json;q=0, */*" } });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    await problemOf(
      await app.request(`${base}/issues`, { headers: { Accept: "application/json;q=0, */*" } }),
      406,
    );
    const json = await app.request(claims, { headers: { Accept: "text/csv;q=0.5, application/*" } });
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    const prefersIdentity = await app.request(claims, {
      headers: { "Accept-Encoding": "gzip;q=0.5, identity;q=1" },
    });
    expect(prefersIdentity.headers.get("content-encoding")).toBeNull();
    const refusesIdentity = await app.request(claims, {
      headers: { "Accept-Encoding": "gzip, identity;q=0" },
    });
    expect(refusesIdentity.headers.get("content-encoding")).toBe("gzip");
    for (const refusal of ["identity;q=0", "*;q=0"]) {
      const problem = await problemOf(
        await app.request(claims, { headers: { "Accept-Encoding": refusal } }),
        406,
      );
      expect(problem.detail, refusal).toMatch(/Accept-Encoding/);
    }
  });

  it("serves the OpenAPI document and the docs as resources, pinned and under a CSP", async () => {
    const gzip = { "Accept-Encoding": "gzip" };
    const document = await app.request("/openapi.json", { headers: gzip });
    expect(document.headers.get("content-encoding")).toBe("gzip");
    expect(document.headers.get("vary")).toBe("Accept, Accept-Encoding");
    const etag = document.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}-gzip"$/);
    expect((await app.request("/openapi.json", { headers: { ...gzip, "If-None-Match": etag } })).status).toBe(
      304,
    );
    const docs = await app.request("/docs");
    expect(docs.headers.get("cache-control")).toMatch(/^public/);
    const page = await docs.text();
    const scripts = [...page.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(inline, "no inline script").toBe("");
      if (!attributes?.includes('src="/')) {
        expect(attributes).toMatch(/@scalar\/api-reference@\d+\.\d+\.\d+\//);
        expect(attributes).toMatch(/integrity="sha384-[A-Za-z0-9+/=]+"/);
      }
    }
    const policy = docs.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' https:\/\/cdn\.jsdelivr\.net;/);
    expect((await app.request("/docs/init.js")).headers.get("content-type")).toMatch(/^text\/javascript/);
    for (const path of ["/openapi.json?x=1", "/docs?x=1"]) {
      const problem = await problemOf(await app.request(path), 400);
      expect(problem.detail, path).toMatch(/Unknown query parameter "x"/);
    }
    const json = await app.request(`${base}/issues`);
    expect(json.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("has one rule for both suffixes, and pages JSON only", async () => {
    const csv = await app.request(`${base}/claims.csv`, { headers: { Accept: "application/json" } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const ld = await app.request(`${base}.jsonld`, { headers: { Accept: "application/json" } });
    expect(ld.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    for (const query of ["limit=5", "limit=999", "cursor=o5.x"]) {
      const problem = await problemOf(await app.request(`${base}/claims.csv?${query}`), 400);
      expect(problem.detail, query).toMatch(/Unknown query parameter/);
    }
    const paged = await problemOf(
      await app.request(`${base}/claims?limit=5`, { headers: { Accept: "text/csv" } }),
      400,
    );
    expect(paged.detail).toMatch(/CSV is every matching claim/);
  });

  it("ids the JSON-LD graph relative to the document, never from the Host header", async () => {
    for (const host of ["evil.example", 'a"b']) {
      const response = await app.request(`${base}.jsonld`, { headers: { Host: host } });
      const text = await response.text();
      expect(text, host).not.toContain(host);
      const graph = JSON.parse(text)["@graph"] as { "@id": string }[];
      for (const node of graph) {
        expect(node["@id"]).toMatch(/^(\/v1\/summits\/alaska-2025|https:\/\/schema\.org\/)/);
      }
    }
  });

  it("gives each problem type one title, the specifics in detail", async () => {
    for (const path of ["/v1/summits/alaska-2024", `${base}/actors/nobody`, `${base}/sources/999`]) {
      const problem = await problemOf(await app.request(path), 404);
      expect(problem.title, path).toBe(PROBLEM_TYPES["unknown-id"].title);
      expect(problem.detail, path).toMatch(/Unknown (summit|actor|source)/);
    }
    const page = await app.request("/problems/unknown-id", {
      headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
    });
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain(PROBLEM_TYPES["unknown-id"].title);
  });

  it("refuses lenient numbers, empty names, repeated scalars and a cursor from another filter", async () => {
    const cases: [string, string, RegExp][] = [
      ["limit=1e2", "limit", /digits/],
      ["limit=0x10", "limit", /digits/],
      ["limit=%205", "limit", /digits/],
      ["limit=5&limit=6", "limit", /once/],
      ["=5", "(empty)", /empty name/],
    ];
    for (const [query, parameter, detail] of cases) {
      const problem = await problemOf(await app.request(`${base}/claims?${query}`), 400);
      expect(problem.errors[0].parameter, query).toBe(parameter);
      expect(problem.detail, query).toMatch(detail);
      expect(problem.detail, query).not.toContain("NaN");
    }
    const first = await (await app.request(`${base}/claims?limit=5`)).json();
    const problem = await problemOf(
      await app.request(`${base}/claims?speaker=lavrov&cursor=${first.nextCursor}`),
      400,
    );
    expect(problem.errors[0].parameter).toBe("cursor");
    expect(problem.detail).toMatch(/another filter/);
    const next = await app.request(`${base}/claims?limit=5&cursor=${first.nextCursor}`);
    expect((await next.json()).items[0].id).toBe(model.claims()[5]?.id);
  });
});

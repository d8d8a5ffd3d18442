import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { preferredCoding } from "./http/negotiation.ts";
import { prefersProblemPage } from "./pages/problem-page.tsx";
import { decodedText } from "./test/decode.ts";

// Property-based fuzzing through `app.request()`: whatever path, query, method and headers a
// client sends, the API answers without a 5xx, never hands markup from the request back in a
// body a browser would render, and explains every 4xx as an RFC 9457 problem document.
// The seed is fixed so CI replays the same cases; `FUZZ_SEED`/`FUZZ_RUNS` widen the search
// (the bench runs 5000 per property).

const SEED = Number(process.env.FUZZ_SEED ?? 20250815);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

const app = createApp();
const base = "/v1/summits/alaska-2025";

/** Markup a hostile client may send; none of it may come back where it could be rendered. */
const MARKUP = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert(1)>",
  "</title><b>parley-fuzz</b>",
  "javascript:alert(1)",
];
/** The telltale parts of MARKUP: none of the API's own bytes contain them. */
const MARKUP_TELLS = [
  "<script>alert(1)",
  "<img src=x",
  "<svg/onload",
  "<b>parley-fuzz</b>",
  "javascript:alert(1)",
];

const ROUTE_WORDS = [
  "v1",
  "summits",
  "alaska-2025",
  "alaska-2025.jsonld",
  "actors",
  "sergey-lavrov",
  "Lavrov",
  "issues",
  "claims",
  "claims.csv",
  "compare",
  "outcomes",
  "discrepancies",
  "timeline",
  "sources",
  "003",
  "003_541abc782ac656e9",
  "search",
  "problems",
  "unknown-id",
  "openapi.json",
  "docs",
  "",
];

const BAD_ESCAPES = [
  "%",
  "%%",
  "%C3%28",
  "%FF",
  "%00",
  "%E0%A4%A",
  "%ED%A0%80",
  "%2F",
  "%5C",
  "%0D%0A",
  "%u003c",
];

const PARAMETERS = [
  "kind",
  "side",
  "source",
  "status",
  "actor",
  "speaker",
  "subject",
  "occasion",
  "review",
  "issue",
  "issues",
  "sides",
  "actors",
  "attribution",
  "stance",
  "outcome",
  "basis",
  "limit",
  "cursor",
  "q",
];

const VALUES = [
  "person",
  "russia",
  "united-states,russia",
  "ceasefire",
  "sanctions,ceasefire",
  "003",
  "direct-quote",
  "partial-quote",
  "sceptical",
  "press-conference,none",
  "none",
  "reviewed",
  "draft",
  "contradiction",
  "framing",
  "donald-trump",
  "Lavrov",
  "discussed",
  "agreed",
  "stated",
  "sergey-lavrov",
  "o7",
  "20",
  "0",
  "-1",
  "1e309",
  "NaN",
  "gencatan senjata",
  ",,,",
  "",
];

/** A string with the awkward characters a header or URL may carry: controls, non-ASCII, surrogates. */
const awkward = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 10 }),
);

const hugeString = fc.integer({ min: 1000, max: 5000 }).map((n) => "x".repeat(n));

/** A path segment: route vocabulary, traversal, bad escapes, markup, long or random text. */
const segment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ROUTE_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom("..", ".", "%2e%2e", "...") },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_ESCAPES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP).map(encodeURIComponent) },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: awkward.map(encodeURIComponent) },
  { weight: 1, arbitrary: awkward },
);

const randomPath = fc.oneof(
  fc.array(segment, { maxLength: 7 }).map((segments) => `/${segments.join("/")}`),
  fc.array(segment, { maxLength: 3 }).map((segments) => `${base}/${segments.join("/")}`),
);

/** A query string: known and unknown parameters, repeated, empty, huge, hostile values. */
const queryValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_ESCAPES) },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: awkward.map(encodeURIComponent) },
  { weight: 1, arbitrary: awkward },
);
const queryKey = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PARAMETERS) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP, ...BAD_ESCAPES, "", "__proto__", "constructor") },
  { weight: 1, arbitrary: awkward.map(encodeURIComponent) },
);
const query = fc
  .array(
    fc.oneof(
      fc.tuple(queryKey, queryValue).map(([k, v]) => `${k}=${v}`),
      queryKey,
      fc.constant(""),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => (pairs.length === 0 ? "" : `?${pairs.join("&")}`));

const KNOWN_PATHS = [
  "/",
  "/v1/summits",
  base,
  `${base}.jsonld`,
  `${base}/actors`,
  `${base}/actors/sergey-lavrov`,
  `${base}/issues`,
  `${base}/claims`,
  `${base}/claims.csv`,
  `${base}/compare`,
  `${base}/outcomes`,
  `${base}/discrepancies`,
  `${base}/timeline`,
  `${base}/sources`,
  `${base}/sources/003`,
  `${base}/search?q=gencatan`,
  "/problems/unknown-id",
  "/openapi.json",
  "/docs",
];

/** Header values as the Fetch API allows them: Latin-1 only, no NUL, CR or LF. */
const headerSafe = (value: string) =>
  Array.from(value, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code === 0 || code === 10 || code === 13 ? "" : code > 0xff ? "?" : char;
  }).join("");

const mediaRange = fc.oneof(
  fc.constantFrom(
    "application/json",
    "application/ld+json",
    "application/problem+json",
    "text/csv",
    "text/html",
    "text/*",
    "application/*",
    "*/*",
    "*",
    "",
    "image/png",
    "application/xml",
    "text/html<script>alert(1)</script>",
  ),
  fc.string({ maxLength: 30 }).map(headerSafe),
);
const qValue = fc.oneof(
  fc.constant(""),
  fc.constantFrom(";q=0", ";q=1", ";q=0.5", ";q=-1", ";q=2", ";q=abc", ";q=", ";level=1", ";q=0.001;x=y"),
  fc.double({ noNaN: false }).map((q) => `;q=${q}`),
);
const accept = fc
  .array(
    fc.tuple(mediaRange, qValue).map(([range, q]) => `${range}${q}`),
    { minLength: 1, maxLength: 5 },
  )
  .map((ranges) => ranges.join(", "));
const ifNoneMatch = fc.oneof(
  fc.constantFrom("*", '"abc"', 'W/"abc"', "", ",,,", '"', 'W/"'),
  fc.string({ maxLength: 60 }).map(headerSafe),
  hugeString,
  awkward.map(headerSafe),
);

const headers = fc.record(
  {
    Accept: accept,
    "If-None-Match": ifNoneMatch,
    "X-Request-Id": fc.oneof(fc.constantFrom(...MARKUP), awkward.map(headerSafe), hugeString),
    Origin: fc.constantFrom("https://example.test", "null", MARKUP[0] as string),
    "Accept-Encoding": fc.constantFrom("gzip", "br", "identity;q=0", "*"),
  },
  { requiredKeys: [] },
);

const method = fc.constantFrom("GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH");

/** Headers every answer carries (hono/secure-headers, CORS, request id). */
const POLICY_HEADERS = ["x-content-type-options", "access-control-allow-origin", "x-request-id"];
const policyGaps = new Map<string, string>();
/** Statuses the fuzzer reached: proof it got past routing into validation and negotiation. */
const seen = new Set<number>();

function isJson(mediaType: string): boolean {
  return /^application\/([\w.-]+\+)?json$/.test(mediaType);
}

/**
 * The properties every answer must have, whatever was asked. Returns nothing; fails through
 * `expect` with the request in the message.
 */
interface Target {
  request(request: Request): Response | Promise<Response>;
}

async function expectSafeAnswer(path: string, init: RequestInit, target: Target = app): Promise<void> {
  let request: Request;
  try {
    request = new Request(new URL(path, "http://localhost"), init);
  } catch {
    // Only inputs a real client could not send either (the URL parser refuses them) land here.
    return;
  }
  const where = `${init.method ?? "GET"} ${path.slice(0, 200)} ${JSON.stringify(init.headers ?? {}).slice(0, 300)}`;
  const response = await target.request(request);
  const body = await decodedText(response);
  // gzip only for a client that takes it.
  if (response.headers.get("content-encoding") === "gzip") {
    expect(
      preferredCoding(request.headers.get("accept-encoding") ?? undefined, true),
      `${where}: gzip not asked for`,
    ).toBe("gzip");
  }
  const contentType = response.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";

  seen.add(response.status);
  expect(response.status, `${where}: no 5xx (got ${body.slice(0, 300)})`).toBeLessThan(500);

  if (body.length > 0) {
    if (isJson(mediaType)) {
      // JSON is never rendered as markup; a string in it may hold `<` and stay inert.
      expect(() => JSON.parse(body), `${where}: ${mediaType} body is JSON`).not.toThrow();
    } else {
      // Anything else (HTML docs, CSV) must not carry the request's markup back verbatim.
      for (const tell of MARKUP_TELLS) {
        expect(body.includes(tell), `${where}: ${mediaType} body echoes ${tell} unescaped`).toBe(false);
      }
    }
  }
  // The headers that keep a browser from sniffing and let it read the answer cross-origin are
  // the API's policy for every answer; gaps are collected (not thrown) so the search goes on
  // for the properties above, and reported together at the end.
  for (const name of POLICY_HEADERS) {
    // A refused preflight (OPTIONS on an unknown path) fails in the browser with or without CORS.
    const refusedPreflight = request.method === "OPTIONS" && name === "access-control-allow-origin";
    if (!refusedPreflight && !response.headers.has(name)) {
      const key = `${response.status} answers lack ${name}`;
      if (!policyGaps.has(key)) policyGaps.set(key, where.slice(0, 160));
    }
  }
  if (response.status === 304 || request.method === "HEAD") {
    expect(body, `${where}: no content on ${response.status} / HEAD`).toBe("");
  }

  if (response.status >= 400 && mediaType === "text/html") {
    // A browser gets its problem as a page (the reader's); nobody else does.
    expect(
      prefersProblemPage(request.headers.get("accept") ?? undefined),
      `${where}: a page only for a browser`,
    ).toBe(true);
    if (request.method !== "HEAD") expect(body, where).toContain(`${response.status}`);
  } else if (response.status >= 400) {
    expect(contentType, `${where}: a ${response.status} is a problem document`).toMatch(
      /^application\/problem\+json/,
    );
    if (request.method === "HEAD") return;
    const problem = JSON.parse(body);
    expect(problem, where).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status: response.status,
      detail: expect.any(String),
      instance: expect.stringMatching(/^\//),
    });
    expect(problem.title.length, where).toBeGreaterThan(0);
    expect(problem.detail.length, where).toBeGreaterThan(0);
    // Never a stack trace, whatever went wrong.
    expect(body, where).not.toMatch(/\bat .*\.(ts|js):\d+/);
  }
}

const options = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

describe(`fuzz (seed ${SEED}, ${RUNS} runs per property)`, () => {
  it("random paths and methods", async () => {
    await fc.assert(
      fc.asyncProperty(randomPath, query, method, (path, search, verb) =>
        expectSafeAnswer(`${path}${search}`, { method: verb }),
      ),
      options,
    );
  });

  it("real routes with random query strings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...KNOWN_PATHS), query, (path, search) =>
        expectSafeAnswer(
          path.includes("?") && search !== "" ? `${path}&${search.slice(1)}` : `${path}${search}`,
          {},
        ),
      ),
      options,
    );
  });

  it("real routes with random headers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...KNOWN_PATHS), headers, method, (path, sent, verb) =>
        expectSafeAnswer(path, { method: verb, headers: sent }),
      ),
      options,
    );
  });

  it("reached every kind of answer: 200, 304 and each documented error", () => {
    for (const status of [200, 304, 400, 404, 405, 406, 414]) expect([...seen]).toContain(status);
  });

  it("every answer above carried nosniff, CORS and X-Request-Id", () => {
    // One example request per gap, so the report names what to fix.
    expect(Object.fromEntries(policyGaps)).toEqual({});
  });

  it("the checks can fail: a 5xx, an echo in HTML and a bare 4xx are caught", async () => {
    // The same assertions against a hand-made app that breaks each property once.
    const { Hono } = await import("hono");
    const broken = new Hono()
      .get("/boom", () => {
        throw new Error("boom");
      })
      .get("/echo", (c) => c.html(`<p>${c.req.query("q")}</p>`))
      .get("/bare", (c) => c.text("nope", 400))
      // Quietly, as a crashing handler would answer without the API's onError.
      .onError((_error, c) => c.text("Internal Server Error", 500));
    await expect(expectSafeAnswer("/boom", {}, broken)).rejects.toThrow(/no 5xx/);
    await expect(
      expectSafeAnswer(`/echo?q=${encodeURIComponent(MARKUP[0] as string)}`, {}, broken),
    ).rejects.toThrow(/echoes <script>alert\(1\) unescaped/);
    await expect(expectSafeAnswer("/bare", {}, broken)).rejects.toThrow(/is a problem document/);
    // And the real API passes the same three requests.
    for (const path of ["/boom", `/echo?q=${encodeURIComponent(MARKUP[0] as string)}`, "/bare"]) {
      await expectSafeAnswer(path, {});
    }
  });
});

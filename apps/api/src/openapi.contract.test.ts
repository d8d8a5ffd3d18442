import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type OutputUnit,
  setShouldValidateFormat,
  type Validator,
  validate,
} from "@hyperjump/json-schema/openapi-3-1";
import { getSummit } from "@parley/core";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";

// Contract tests: every response the app gives to a broad set of requests must be described by
// the OpenAPI document the app itself publishes: a documented status, a documented media type,
// and a body that the documented schema accepts. The schemas are checked by @hyperjump/json-schema
// with its OpenAPI 3.1 dialect (JSON Schema 2020-12 plus the OAS base vocabulary), not by hand.

const app = createApp();
const model = getSummit("alaska-2025");
const base = "/v1/summits/alaska-2025";

interface MediaTypeObject {
  schema?: unknown;
}
interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
}
interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: string[]; items?: { enum?: string[] }; example?: unknown };
}
interface Operation {
  operationId?: string;
  parameters?: ParameterObject[];
  responses: Record<string, ResponseObject>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

/** What the validator accepts: any JSON value (the library's `Json`). */
type Json = Parameters<Validator>[0];

let document: Document;
let documentUri: string;
const validators = new Map<
  string,
  (instance: unknown) => Promise<{ valid: boolean; errors?: OutputUnit[] }>
>();

/** A JSON Pointer into the document as a URI fragment (`{`, `}` and `/` escaped). */
const pointer = (...segments: string[]) =>
  `#/${segments.map((s) => encodeURIComponent(s.replaceAll("~", "~0").replaceAll("/", "~1"))).join("/")}`;

async function validateAt(fragment: string, instance: unknown) {
  let check = validators.get(fragment);
  if (check === undefined) {
    const compiled = await validate(`${documentUri}${fragment}`);
    check = async (value) => compiled(value as Json, "BASIC");
    validators.set(fragment, check);
  }
  return check(instance);
}

/** The documented path template a concrete path falls under; literal segments win over parameters. */
function templateOf(path: string): string | undefined {
  // Fewer parameters first, then the longer template (`{id}.jsonld` before `{id}`).
  const templates = Object.keys(document.paths).sort(
    (a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0) || b.length - a.length,
  );
  return templates.find((template) => {
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("");
    return new RegExp(`^${source}$`).test(path);
  });
}

/** Counts what the suite validated, so the coverage figure is real, not claimed. */
const validated = { requests: 0, operations: new Set<string>(), statuses: new Set<string>() };
/** The `type` of every problem document seen, with the path that answered it. */
const problemTypes = new Map<string, string>();

/** What a checked request answered; the body is already read. */
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * Sends a request and checks the response against the document. Throws (so the test fails) with
 * the request and the validator's errors when the status, the media type or the body is not
 * what the document says.
 */
async function expectDocumented(path: string, init: RequestInit = {}): Promise<Answer> {
  const method = (init.method ?? "GET").toUpperCase();
  const response = await app.request(path, init);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  const where = `${method} ${path.length > 120 ? `${path.slice(0, 120)}…` : path} -> ${response.status}`;
  const { pathname } = new URL(path, "http://parley.test");
  const template = templateOf(pathname);
  const contentType = response.headers.get("content-type");
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();

  let documented: ResponseObject | undefined;
  let schemaFragment: string | undefined;
  if (
    template === undefined ||
    document.paths[template]?.[method === "HEAD" ? "get" : method.toLowerCase()] === undefined
  ) {
    // A path or method the document does not describe cannot carry a documented response; the
    // only acceptable answer is the generic problem (404 for an unknown path, 405 for another
    // method on a known one), whose shape the document does describe, as `Problem`.
    const expected = template === undefined ? 404 : 405;
    expect(response.status, `${where}: undocumented path/method must answer ${expected}`).toBe(expected);
    if (expected === 405) {
      const allowed = Object.keys(document.paths[template as string] ?? {})
        .filter((key) => ["get", "head", "options"].includes(key))
        .map((m) => m.toUpperCase());
      const allow =
        response.headers
          .get("allow")
          ?.split(",")
          .map((m) => m.trim()) ?? [];
      for (const m of allowed)
        expect(allow, `${where}: Allow must list every documented method`).toContain(m);
    }
    documented = { content: { "application/problem+json": { schema: {} } } };
    schemaFragment = pointer("components", "schemas", "Problem");
    validated.operations.add(`${method} (undocumented ${template === undefined ? "path" : template})`);
  } else {
    // HEAD is GET without content (RFC 9110 §9.3.2): it is held to GET's documented responses.
    const operation = document.paths[template]?.[
      method === "HEAD" ? "get" : method.toLowerCase()
    ] as Operation;
    documented = operation.responses[String(response.status)];
    if (documented === undefined) {
      throw new Error(
        `${where}: status ${response.status} is not documented for ${operation.operationId} (${template}); documented: ${Object.keys(operation.responses).join(", ")}`,
      );
    }
    validated.operations.add(`${method === "HEAD" ? "HEAD" : "GET"} ${template}`);
  }

  validated.requests++;
  validated.statuses.add(`${response.status}`);
  if (response.status === 304 || method === "HEAD") {
    expect(bytes.length, `${where}: a ${method === "HEAD" ? "HEAD answer" : "304"} has no content`).toBe(0);
    // A 304 carries no representation; HEAD still names the media type GET would send.
    if (method === "HEAD" && documented.content !== undefined) {
      expect(Object.keys(documented.content), `${where}: undocumented media type ${mediaType}`).toContain(
        mediaType,
      );
    }
    return { status: response.status, headers: response.headers, text };
  }
  if (documented.content === undefined) {
    expect(bytes.length, `${where}: the document says this response has no content`).toBe(0);
    return { status: response.status, headers: response.headers, text };
  }
  if (mediaType === undefined || documented.content[mediaType] === undefined) {
    throw new Error(
      `${where}: media type ${contentType} is not documented; documented: ${Object.keys(documented.content).join(", ")}`,
    );
  }
  if (schemaFragment === undefined) {
    schemaFragment = pointer(
      "paths",
      template as string,
      "get",
      "responses",
      String(response.status),
      "content",
      mediaType,
      "schema",
    );
  }
  const instance = mediaType.endsWith("json") ? JSON.parse(text) : text;
  if (mediaType === "application/problem+json") problemTypes.set(String(instance.type), pathname);
  const output = await validateAt(schemaFragment, instance);
  if (!output.valid) {
    throw new Error(
      `${where}: body does not match ${schemaFragment}: ${JSON.stringify(output.errors?.slice(0, 5), null, 1)}`,
    );
  }
  return { status: response.status, headers: response.headers, text };
}

/** The enum values the document gives for a query parameter, so new values are covered too. */
function enumOf(template: string, name: string): string[] {
  const parameter = document.paths[template]?.get?.parameters?.find(
    (p) => p.name === name && p.in === "query",
  );
  const values = parameter?.schema?.items?.enum ?? parameter?.schema?.enum;
  if (values === undefined || values.length === 0) throw new Error(`no enum for ${name} on ${template}`);
  return values;
}

/** Follows `nextCursor` to the end, validating every page; returns the items seen. */
async function walkPages(query: string): Promise<{ items: unknown[]; total: number; pages: number }> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  let total = -1;
  let pages = 0;
  do {
    const separator = query === "" ? "" : "&";
    const path: string = `${base}/claims?${query}${separator}limit=7${cursor === null ? "" : `&cursor=${cursor}`}`;
    const page = await expectDocumented(path);
    expect(page.status, path).toBe(200);
    const body = JSON.parse(page.text) as { items: unknown[]; total: number; nextCursor: string | null };
    items.push(...body.items);
    total = body.total;
    cursor = body.nextCursor;
    pages++;
    expect(pages, `pagination of ${query} does not end`).toBeLessThan(100);
  } while (cursor !== null);
  return { items, total, pages };
}

beforeAll(async () => {
  document = (await (await app.request("/openapi.json")).json()) as Document;
  // The library resolves OpenAPI documents by URI; a file whose name ends in `openapi.json` is
  // read as one (dialect chosen from `openapi` and `jsonSchemaDialect`).
  const file = join(mkdtempSync(join(tmpdir(), "parley-contract-")), "parley.openapi.json");
  writeFileSync(file, JSON.stringify(document));
  documentUri = pathToFileURL(file).href;
  // 2020-12 treats `format` as an annotation; asserting it makes the contract stricter.
  setShouldValidateFormat(true);
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (the OAS 3.1 schema, base dialect)", async () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const output = await validate(
      "https://spec.openapis.org/oas/3.1/schema-base",
      document as unknown as Json,
      "BASIC",
    );
    expect(output.valid ? [] : output.errors?.slice(0, 5)).toEqual([]);
  });

  it("lets the validator fail: wrong bodies, statuses and media types are rejected", async () => {
    const claimPage = pointer(
      "paths",
      "/v1/summits/{id}/claims",
      "get",
      "responses",
      "200",
      "content",
      "application/json",
      "schema",
    );
    expect((await validateAt(claimPage, { items: 3 })).valid).toBe(false);
    const real = await (await app.request(`${base}/claims?limit=2`)).json();
    expect((await validateAt(claimPage, real)).valid).toBe(true);
    // One wrong field deep inside a real body is enough.
    const broken = structuredClone(real);
    broken.items[0].evidence = "not evidence";
    expect((await validateAt(claimPage, broken)).valid).toBe(false);
    const problem = pointer("components", "schemas", "Problem");
    expect(
      (await validateAt(problem, { type: "x", title: "t", status: "400", detail: "d", instance: "/" })).valid,
    ).toBe(false);
    // The response-level checks themselves: a status and a media type the document lacks.
    document.paths["/v1/summits"] = {
      get: { ...(document.paths["/v1/summits"]?.get as Operation), responses: {} },
    };
    await expect(expectDocumented("/v1/summits")).rejects.toThrow(/status 200 is not documented/);
    document = (await (await app.request("/openapi.json")).json()) as Document;
    await expect(
      expectDocumented(`${base}/claims`, { headers: { Accept: "text/csv" } }),
    ).resolves.toBeDefined();
    const claims = document.paths["/v1/summits/{id}/claims"]?.get as Operation;
    const { "text/csv": _csv, ...jsonOnly } = claims.responses["200"]?.content ?? {};
    claims.responses["200"] = { content: jsonOnly };
    await expect(expectDocumented(`${base}/claims`, { headers: { Accept: "text/csv" } })).rejects.toThrow(
      /media type text\/csv.* is not documented/,
    );
    document = (await (await app.request("/openapi.json")).json()) as Document;
  });
});

describe("every route answers as documented", () => {
  it("index and summits, JSON and JSON-LD", async () => {
    await expectDocumented("/");
    await expectDocumented("/v1/summits");
    await expectDocumented(base);
    const suffixed = await expectDocumented(`${base}.jsonld`);
    expect(suffixed.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const negotiated = await expectDocumented(base, { headers: { Accept: "application/ld+json" } });
    expect(negotiated.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    await expectDocumented(base, {
      headers: { Accept: "application/json;q=0.5, application/ld+json;q=0.9" },
    });
    await expectDocumented(base, { headers: { Accept: "*/*" } });
  });

  it("actors: every filter value and combination, and every actor by id and by name", async () => {
    const template = "/v1/summits/{id}/actors";
    await expectDocumented(`${base}/actors`);
    for (const kind of enumOf(template, "kind")) await expectDocumented(`${base}/actors?kind=${kind}`);
    await expectDocumented(`${base}/actors?kind=person,state`);
    await expectDocumented(`${base}/actors?kind=person&kind=outlet`);
    for (const side of ["russia", "united-states", "ukraine", "Rusia"]) {
      await expectDocumented(`${base}/actors?side=${side}`);
      await expectDocumented(`${base}/actors?side=${side}&kind=person`);
    }
    for (const source of model.dataset.sources) {
      await expectDocumented(`${base}/actors?source=${source.id}`);
      await expectDocumented(`${base}/actors?source=${source.id.slice(0, 3)}&kind=person&side=russia`);
    }
    for (const actor of model.dataset.actors) {
      const response = await expectDocumented(`${base}/actors/${actor.id}`);
      expect(response.status, actor.id).toBe(200);
    }
    await expectDocumented(`${base}/actors/Lavrov`);
  });

  it("issues, outcomes, discrepancies, timeline: every filter value", async () => {
    const sources = model.dataset.sources.map((s) => s.id);
    await expectDocumented(`${base}/issues`);
    for (const status of enumOf("/v1/summits/{id}/issues", "status")) {
      await expectDocumented(`${base}/issues?status=${status}`);
      await expectDocumented(`${base}/issues?status=${status}&source=${sources[0]}`);
    }
    await expectDocumented(`${base}/outcomes`);
    for (const status of enumOf("/v1/summits/{id}/outcomes", "status")) {
      await expectDocumented(`${base}/outcomes?status=${status}`);
    }
    await expectDocumented(`${base}/discrepancies`);
    for (const kind of enumOf("/v1/summits/{id}/discrepancies", "kind")) {
      await expectDocumented(`${base}/discrepancies?kind=${kind}`);
      await expectDocumented(`${base}/discrepancies?kind=${kind}&source=${sources[0]}`);
    }
    await expectDocumented(`${base}/timeline`);
    for (const basis of enumOf("/v1/summits/{id}/timeline", "basis")) {
      await expectDocumented(`${base}/timeline?basis=${basis}`);
    }
    for (const issue of model.dataset.issues) {
      await expectDocumented(`${base}/outcomes?issue=${issue.id}`);
      await expectDocumented(`${base}/discrepancies?issue=${issue.id}`);
    }
    for (const source of sources) {
      await expectDocumented(`${base}/issues?source=${source}`);
      await expectDocumented(`${base}/outcomes?source=${source}`);
      await expectDocumented(`${base}/discrepancies?source=${source.slice(0, 3)}`);
      await expectDocumented(`${base}/timeline?source=${source}`);
    }
    for (const actor of ["vladimir-putin", "donald-trump", "volodymyr-zelenskyy", "sergey-lavrov"]) {
      await expectDocumented(`${base}/timeline?actor=${actor}`);
      await expectDocumented(`${base}/timeline?actor=${actor}&basis=stated`);
    }
  });

  it("claims: every filter, pagination followed to the end, and CSV", async () => {
    const template = "/v1/summits/{id}/claims";
    const filters = [
      "",
      "side=russia",
      "side=united-states&attribution=direct-quote",
      "issue=ceasefire,sanctions",
      "actor=sergey-lavrov",
      "actor=Putin&issue=ukraine-war",
      "source=003&kind=position",
      "speaker=Lavrov&subject=donald-trump",
      "subject=vladimir-putin&attribution=analysis",
      "issue=ukraine-war&stance=supports,opposes",
      "side=russia&occasion=none",
      ...enumOf(template, "attribution").map((v) => `attribution=${v}`),
      ...enumOf(template, "kind").map((v) => `kind=${v}`),
      ...enumOf(template, "stance").map((v) => `stance=${v}`),
      ...enumOf(template, "occasion").map((v) => `occasion=${v}`),
      ...enumOf(template, "review").map((v) => `review=${v}`),
    ];
    let walked = 0;
    for (const filter of filters) {
      const { items, total, pages } = await walkPages(filter);
      expect(items, `every claim of ${filter || "(all)"} is reached by following nextCursor`).toHaveLength(
        total,
      );
      walked += pages;
    }
    expect(walked).toBeGreaterThan(filters.length);
    for (const issue of model.dataset.issues)
      await expectDocumented(`${base}/claims?issue=${issue.id}&limit=200`);
    for (const outcome of model.dataset.outcomes)
      await expectDocumented(`${base}/claims?outcome=${outcome.id}`);
    for (const actor of model.dataset.actors) {
      await expectDocumented(`${base}/claims?actor=${actor.id}&limit=200`);
      await expectDocumented(`${base}/claims?speaker=${actor.id}&limit=200`);
      await expectDocumented(`${base}/claims?subject=${actor.id}&limit=200`);
    }

    const csv = await expectDocumented(`${base}/claims`, { headers: { Accept: "text/csv" } });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    for (const filter of [
      "",
      "issue=ceasefire",
      "side=russia&attribution=direct-quote",
      "source=001",
      "speaker=sergey-lavrov&occasion=later-interview,undated",
      "review=draft",
    ]) {
      await expectDocumented(`${base}/claims.csv${filter ? `?${filter}` : ""}`);
    }
  });

  it("compare: default, sides, actors, issues", async () => {
    const queries = [
      "",
      "sides=united-states,russia",
      "sides=russia,ukraine",
      "sides=united-states,russia,ukraine",
      "sides=Rusia,Amerika%20Serikat",
      "issues=ceasefire,sanctions",
      `issues=${model.dataset.issues.map((i) => i.id).join(",")}`,
      "actors=sergey-lavrov,marco-rubio",
      "actors=donald-trump,vladimir-putin&issues=ceasefire,nato-expansion",
      "actors=Trump,Putin,Zelensky",
    ];
    for (const query of queries) await expectDocumented(`${base}/compare${query ? `?${query}` : ""}`);
    for (const issue of model.dataset.issues) await expectDocumented(`${base}/compare?issues=${issue.id}`);
  });

  it("sources: the list and every source by id and by prefix", async () => {
    await expectDocumented(`${base}/sources`);
    for (const source of model.dataset.sources) {
      expect((await expectDocumented(`${base}/sources/${source.id}`)).status).toBe(200);
      expect((await expectDocumented(`${base}/sources/${source.id.slice(0, 3)}`)).status).toBe(200);
    }
  });

  it("search: Indonesian and English, each kind, limits", async () => {
    const queries = [
      "gencatan senjata",
      "kesepakatan",
      "sepakat",
      "sanksi ekonomi",
      "Ukraina",
      "Moskow",
      "keamanan Eropa",
      "ceasefire",
      "sanctions",
      "peace agreement",
      "Lavrov",
      "zzzqqq",
    ];
    for (const q of queries) {
      await expectDocumented(`${base}/search?q=${encodeURIComponent(q)}`);
      await expectDocumented(`${base}/search?q=${encodeURIComponent(q)}&kind=claim&limit=3`);
      await expectDocumented(`${base}/search?q=${encodeURIComponent(q)}&kind=source`);
    }
    await expectDocumented(`${base}/search?q=perdamaian&limit=200&kind=claim,source`);
  });
});

describe("documented examples", () => {
  it("every parameter's example, sent as documented, is answered 200", async () => {
    const sent: string[] = [];
    for (const [template, item] of Object.entries(document.paths)) {
      const parameters = item.get?.parameters ?? [];
      const example = (p: ParameterObject) => {
        const value = p.schema?.example;
        if (value === undefined) throw new Error(`${template}: parameter ${p.name} has no example`);
        return Array.isArray(value) ? value.join(",") : String(value);
      };
      const path = parameters
        .filter((p) => p.in === "path")
        .reduce((filled, p) => filled.replace(`{${p.name}}`, encodeURIComponent(example(p))), template);
      const required = parameters.filter((p) => p.in === "query" && p.required);
      const query = (ps: ParameterObject[]) =>
        ps.map((p) => `${p.name}=${encodeURIComponent(example(p))}`).join("&");
      // Each optional parameter on its own (with the required ones), then all of them together.
      const optional = parameters.filter((p) => p.in === "query" && !p.required && p.name !== "cursor");
      for (const ps of [...optional.map((p) => [...required, p]), [...required, ...optional], required]) {
        const url = `${path}${ps.length === 0 ? "" : `?${query(ps)}`}`;
        // `sides` and `actors` exclude each other; their examples are tried one at a time.
        if (ps.some((p) => p.name === "sides") && ps.some((p) => p.name === "actors")) continue;
        expect((await expectDocumented(url)).status, url).toBe(200);
        sent.push(url);
      }
    }
    expect(sent).toContain(`${base}/claims?speaker=sergey-lavrov`);
    expect(sent).toContain(`${base}/claims?occasion=press-conference`);
    expect(sent).toContain(`${base}/discrepancies?kind=contradiction`);
  });
});

describe("conditional requests and HEAD", () => {
  const paths = [
    "/",
    "/v1/summits",
    base,
    `${base}.jsonld`,
    `${base}/actors`,
    `${base}/actors/sergey-lavrov`,
    `${base}/issues`,
    `${base}/claims?limit=5`,
    `${base}/claims.csv`,
    `${base}/compare`,
    `${base}/outcomes`,
    `${base}/discrepancies`,
    `${base}/timeline`,
    `${base}/sources`,
    `${base}/sources/003`,
    `${base}/search?q=gencatan`,
  ];

  it("HEAD answers every route as GET would, without content", async () => {
    for (const path of paths) {
      const head = await expectDocumented(path, { method: "HEAD" });
      expect(head.status, path).toBe(200);
    }
  });

  it("If-None-Match with the current ETag gives a documented 304 on every route", async () => {
    // Every route is tried before failing, so the message lists all of them at once.
    const failures: string[] = [];
    for (const path of paths) {
      const etag = (await app.request(path)).headers.get("etag");
      expect(etag, path).toMatch(/^"[0-9a-f]+"$/);
      await expectDocumented(path, { headers: { "If-None-Match": etag as string } }).then(
        (again) => expect(again.status, path).toBe(304),
        (error: Error) => failures.push(error.message),
      );
    }
    expect(failures).toEqual([]);
  });
});

describe("documented errors", () => {
  it("400: unknown parameter, invalid value, unknown id in a query, bad cursor and limit", async () => {
    const bad = [
      "/?x=1",
      "/v1/summits?limit=1",
      `${base}?format=xml`,
      `${base}/actors?kind=robot`,
      `${base}/actors?isue=ceasefire`,
      `${base}/actors?side=atlantis`,
      `${base}/actors/sergey-lavrov?x=1`,
      `${base}/issues?status=maybe`,
      `${base}/claims?cursor=zzz`,
      `${base}/claims?limit=0`,
      `${base}/claims?limit=201`,
      `${base}/claims?issue=ceasfire`,
      `${base}/claims.csv?stance=angry`,
      `${base}/claims?occasion=yesterday`,
      `${base}/claims?occasion=press-conference,later`,
      `${base}/claims?review=approved`,
      `${base}/claims?speaker=lavrof`,
      `${base}/claims.csv?subject=atlantis`,
      `${base}/discrepancies?kind=disagreement`,
      `${base}/compare?sides=russia`,
      `${base}/compare?sides=russia,atlantis`,
      `${base}/compare?sides=russia,ukraine&actors=donald-trump,vladimir-putin`,
      `${base}/outcomes?status=won`,
      `${base}/discrepancies?source=999`,
      `${base}/timeline?basis=guessed`,
      `${base}/sources?limit=1`,
      `${base}/sources/003?x=1`,
      `${base}/search`,
      `${base}/search?q=%20`,
      `${base}/search?q=x&limit=1000`,
    ];
    for (const path of bad) expect((await expectDocumented(path)).status, path).toBe(400);
  });

  it("404: unknown summit, actor, source and path", async () => {
    const missing = [
      "/v1/summits/alaska-2024",
      "/v1/summits/alaska-2024/claims",
      "/v1/summits/alaska-2024.jsonld",
      `${base}/actors/nobody`,
      `${base}/sources/999`,
      `${base}/nothing-here`,
      "/v2",
    ];
    for (const path of missing) expect((await expectDocumented(path)).status, path).toBe(404);
  });

  it("405: every other method on every route, with Allow", async () => {
    for (const path of [
      "/",
      "/v1/summits",
      base,
      `${base}/claims`,
      `${base}/claims.csv`,
      `${base}/sources/003`,
    ]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        expect((await expectDocumented(path, { method })).status, `${method} ${path}`).toBe(405);
      }
    }
  });

  it("406: an Accept that allows none of the representations", async () => {
    const paths = ["/", "/v1/summits", base, `${base}/claims`, `${base}/compare`, `${base}/sources/003`];
    for (const path of paths) {
      expect((await expectDocumented(path, { headers: { Accept: "image/png" } })).status, path).toBe(406);
    }
    // A suffix names the representation, whatever Accept says.
    for (const path of [`${base}/claims.csv`, `${base}.jsonld`]) {
      expect((await expectDocumented(path, { headers: { Accept: "image/png" } })).status, path).toBe(200);
    }
    expect((await expectDocumented(`${base}/compare`, { headers: { Accept: "text/csv" } })).status).toBe(406);
  });

  it("414: a URL or query over the limits, on every route", async () => {
    const long = "a".repeat(1100);
    const paths = [
      `/?q=${long}`,
      `/v1/summits?q=${long}`,
      `${base}?q=${long}`,
      `${base}/actors?side=${long}`,
      `${base}/claims?issue=${long}`,
      `${base}/claims.csv?issue=${long}`,
      `${base}/compare?issues=${long}`,
      `${base}/search?q=${long}`,
      `${base}/sources/${"x".repeat(2100)}`,
    ];
    const failures: string[] = [];
    for (const path of paths) {
      await expectDocumented(path).then(
        (answer) => expect(answer.status, path.slice(0, 60)).toBe(414),
        (error: Error) => failures.push(error.message),
      );
    }
    expect(failures).toEqual([]);
  });
});

describe("problem types", () => {
  it("every problem type seen above dereferences to a documented answer (RFC 9457 §3.1.1)", async () => {
    expect(problemTypes.size, "the error suites above produced problem documents").toBeGreaterThan(3);
    for (const [type, seenAt] of problemTypes) {
      // A relative `type` resolves against the request URL; an absolute one on another host
      // cannot be dereferenced here, and must then at least be an absolute URI.
      const resolved = new URL(type, `http://localhost${seenAt}`);
      if (resolved.origin !== "http://localhost") {
        expect(type, `problem type seen at ${seenAt}`).toMatch(/^[a-z][a-z0-9+.-]*:/);
        continue;
      }
      const answer = await expectDocumented(resolved.pathname);
      expect(answer.status, `${type} (seen at ${seenAt}) dereferences`).toBe(200);
    }
    expect((await expectDocumented("/problems/no-such-problem")).status).toBe(404);
  });
});

describe("coverage", () => {
  it("validated every documented operation (run after the suites above)", () => {
    const documented = Object.keys(document.paths).map((template) => `GET ${template}`);
    for (const operation of documented) expect([...validated.operations]).toContain(operation);
    expect(validated.requests).toBeGreaterThan(500);
    console.info(
      `contract: ${validated.requests} responses validated over ${validated.operations.size} operations (${documented.length} documented GET routes, plus HEAD and undocumented methods/paths); statuses ${[...validated.statuses].sort().join(", ")}`,
    );
  });
});

import { type Claim, type ComparedClaim, getSummit } from "@parley/core";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { decodedText } from "./test/decode.ts";

const app = createApp();
const model = getSummit("alaska-2025");
const base = "/v1/summits/alaska-2025";

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers });
  const text = await response.text();
  return {
    response,
    text,
    body: text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : undefined,
  };
}

/** The notes of the sources of some claims, as the API puts them beside the claims. */
const notesOf = (claims: readonly Claim[]) => model.notesFor(claims.flatMap((c) => c.evidence));

async function expectProblem(path: string, status: number, init: RequestInit = {}) {
  const response = await app.request(path, init);
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = await response.json();
  expect(problem).toMatchObject({ status, instance: new URL(path, "http://x").pathname });
  // The type is a relative reference the API itself serves as a description.
  expect(problem.type).toMatch(/^\/problems\/[a-z-]+$/);
  const type = await app.request(new URL(problem.type, `http://x${path}`).pathname);
  expect(type.status).toBe(200);
  expect(await type.json()).toMatchObject({ type: problem.type, description: expect.any(String) });
  expect(problem.title).toEqual(expect.any(String));
  expect(problem.detail).toEqual(expect.any(String));
  expect(JSON.stringify(problem)).not.toMatch(/\bat .*\.ts:\d+/);
  return { response, problem };
}

describe("resources", () => {
  it("lists the summits and serves one", async () => {
    const list = await get("/v1/summits");
    expect(list.response.status).toBe(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual(["alaska-2025"]);
    const one = await get(base);
    expect(one.body).toEqual(model.summit);
  });

  it("lists actors with filters and serves one actor with roles and claims", async () => {
    const all = await get(`${base}/actors`);
    expect(all.body.items).toHaveLength(model.dataset.actors.length);
    const people = await get(`${base}/actors?kind=person`);
    expect(people.body.items.length).toBeGreaterThan(0);
    expect(people.body.items.every((a: { kind: string }) => a.kind === "person")).toBe(true);
    const russians = await get(`${base}/actors?side=russia`);
    expect(russians.body.items.map((a: { id: string }) => a.id)).toContain("russia");

    const lavrov = await get(`${base}/actors/sergey-lavrov`);
    expect(lavrov.body.actor.id).toBe("sergey-lavrov");
    expect(lavrov.body.actor.roles).toEqual(model.actor("sergey-lavrov").roles);
    expect(lavrov.body.side).toBe("russia");
    expect(lavrov.body.claims).toEqual(model.claims({ actor: "sergey-lavrov" }));
    // The notes of the sources those claims come from travel with them.
    expect(lavrov.body.notes).toEqual(notesOf(lavrov.body.claims));
    // A name as the sources write it resolves too.
    const byAlias = await get(`${base}/actors/Lavrov`);
    expect(byAlias.body.actor.id).toBe("sergey-lavrov");
  });

  it("lists issues, outcomes, discrepancies and the timeline", async () => {
    expect((await get(`${base}/issues`)).body.items).toEqual(model.issues());
    expect((await get(`${base}/issues?status=discussed`)).body.items).toEqual(
      model.issues({ status: "discussed" }),
    );
    expect((await get(`${base}/outcomes`)).body.items).toEqual(model.outcomes());
    expect((await get(`${base}/discrepancies`)).body.items).toEqual(model.discrepancies());
    for (const kind of ["contradiction", "framing"] as const) {
      const { body } = await get(`${base}/discrepancies?kind=${kind}`);
      expect(body.items, kind).toEqual(model.discrepancies({ kind }));
      for (const d of body.items) expect(d.kind, d.id).toBe(kind);
    }
    // Every discrepancy is labelled one or the other.
    const both = await get(`${base}/discrepancies?kind=contradiction,framing`);
    expect(both.body.items).toEqual(model.discrepancies());
    expect((await get(`${base}/timeline`)).body.items).toEqual(model.timeline());
    expect((await get(`${base}/timeline?basis=stated`)).body.items).toEqual(
      model.timeline({ basis: "stated" }),
    );
  });

  it("filters claims and pages through them with a cursor", async () => {
    const all = model.claims();
    const first = await get(`${base}/claims?limit=1`);
    expect(first.body.total).toBe(all.length);
    expect(first.body.items).toEqual(all.slice(0, 1));
    const seen = [...first.body.items];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await get(`${base}/claims?limit=1&cursor=${cursor}`);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(seen).toEqual(all);

    const repeated = await get(`${base}/claims?issue=ceasefire&issue=ukraine-war&limit=200`);
    const commas = await get(`${base}/claims?issue=ceasefire,ukraine-war&limit=200`);
    expect(repeated.body).toEqual(commas.body);

    const filters = [
      ["attribution=narration,analysis", { attribution: ["narration", "analysis"] as const }],
      ["issue=ukraine-war", { issue: "ukraine-war" }],
      ["side=russia", { side: "russia" }],
      ["actor=vladimir-putin", { actor: "vladimir-putin" }],
      ["speaker=Lavrov", { speaker: "Lavrov" }],
      ["subject=donald-trump,vladimir-putin", { subject: ["donald-trump", "vladimir-putin"] }],
      ["occasion=press-conference,none", { occasion: ["press-conference", "none"] as const }],
      ["review=reviewed", { review: "reviewed" }],
      ["stance=sceptical", { stance: "sceptical" }],
      ["attribution=partial-quote", { attribution: "partial-quote" }],
      ["source=000", { source: "000" }],
    ] as const;
    for (const [query, filter] of filters) {
      const page = await get(`${base}/claims?${query}&limit=200`);
      expect(page.response.status, query).toBe(200);
      expect(page.body.items, query).toEqual(model.claims(filter).slice(0, 200));
      expect(page.body.notes, query).toEqual(notesOf(page.body.items));
    }
  });

  it("tells who asserts a claim, whom it is about and who relays it apart", async () => {
    const page = async (query: string) =>
      (await get(`${base}/claims?${query}&limit=200`)).body.items as Claim[];

    // Lavrov's claims about Trump: Lavrov asserts them, Trump is their subject.
    const lavrovOnTrump = await page("speaker=lavrov&subject=trump");
    for (const claim of lavrovOnTrump) {
      expect(claim.speakerIds, claim.id).toContain("sergey-lavrov");
      expect(claim.subjectIds, claim.id).toContain("donald-trump");
    }
    expect(lavrovOnTrump.map((c) => c.id)).toContain("trump-accepted-invitation-per-lavrov");
    for (const claim of await page("speaker=sergey-lavrov"))
      expect(claim.speakerIds).toContain("sergey-lavrov");
    for (const claim of await page("subject=sergey-lavrov"))
      expect(claim.subjectIds).toContain("sergey-lavrov");
    // `actor` matches any of the three roles.
    for (const claim of await page("actor=sergey-lavrov")) {
      expect([...claim.speakerIds, ...claim.subjectIds, claim.reporterId], claim.id).toContain(
        "sergey-lavrov",
      );
    }

    // Narration is no one's statement: no speaker, no occasion, no reporter.
    const narration = await page("occasion=none");
    expect(narration.length).toBeGreaterThan(0);
    for (const claim of narration) {
      expect(claim, claim.id).toMatchObject({ speakerIds: [], occasion: null, reporterId: null });
    }
    for (const claim of await page("occasion=later-interview"))
      expect(claim.occasion).toBe("later-interview");
    for (const claim of await page("review=draft")) expect(claim.review.state).toBe("draft");
    for (const claim of await page("attribution=partial-quote"))
      expect(claim.attribution).toBe("partial-quote");

    // A stance with an issue is that stance on that issue, whatever the claim holds on others.
    for (const claim of await page("issue=ukraine-war&stance=supports")) {
      expect(claim.stances, claim.id).toContainEqual({ issueId: "ukraine-war", stance: "supports" });
    }
  });

  it("compares sides or actors, keeping own positions, hearsay and analysis apart, with gaps explicit", async () => {
    const { body } = await get(`${base}/compare?issues=ceasefire,sanctions&sides=united-states,russia`);
    expect(body.by).toBe("side");
    expect(body.columns.map((c: { id: string }) => c.id)).toEqual(["united-states", "russia"]);
    expect(body.rows.map((r: { issue: { id: string } }) => r.issue.id)).toEqual(["ceasefire", "sanctions"]);

    const all = await get(`${base}/compare`);
    const shown: Claim[] = [];
    for (const row of all.body.rows) {
      for (const cell of row.cells) {
        expect(Object.keys(cell).sort()).toEqual(["analysis", "columnId", "gap", "hearsay", "own"]);
        expect(cell.gap).toBe(cell.own.length === 0);
        for (const placed of [...cell.own, ...cell.hearsay, ...cell.analysis] as ComparedClaim[]) {
          // Each claim with its stance on this row's issue, not on another one.
          expect(placed.claim.stances, placed.claim.id).toContainEqual({
            issueId: row.issue.id,
            stance: placed.stance,
          });
          shown.push(placed.claim);
        }
        // Own positions are asserted by the column (a speaker acts for it), never an analyst's reading.
        for (const { claim } of cell.own as ComparedClaim[]) {
          expect(
            claim.speakerIds.map((id) => model.sideOf(id)),
            claim.id,
          ).toContain(cell.columnId);
          expect(claim.attribution, claim.id).not.toBe("analysis");
        }
        // Hearsay and analysis are about the column, and not the column's own words.
        for (const { claim } of [...cell.hearsay, ...cell.analysis] as ComparedClaim[]) {
          expect(
            claim.subjectIds.map((id) => model.sideOf(id)),
            claim.id,
          ).toContain(cell.columnId);
          expect(
            claim.speakerIds.map((id) => model.sideOf(id)),
            claim.id,
          ).not.toContain(cell.columnId);
        }
      }
    }
    expect(all.body.notes).toEqual(notesOf(shown));

    const byActors = await get(`${base}/compare?actors=Lavrov,marco-rubio`);
    expect(byActors.body.by).toBe("actor");
    expect(byActors.body.columns.map((c: { id: string }) => c.id)).toEqual(["sergey-lavrov", "marco-rubio"]);
    expect(byActors.body.rows).toHaveLength(model.issues().length);
    // Lavrov's own words fill his column.
    const lavrov = byActors.body.rows.flatMap((r: { cells: { columnId: string; own: ComparedClaim[] }[] }) =>
      r.cells.filter((c) => c.columnId === "sergey-lavrov"),
    );
    for (const cell of lavrov) {
      for (const { claim } of cell.own) expect(claim.speakerIds).toContain("sergey-lavrov");
    }
    expect(lavrov.some((cell: { own: unknown[] }) => cell.own.length > 0)).toBe(true);
  });

  it("lists sources and serves one with its full text and spans", async () => {
    const list = await get(`${base}/sources`);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual(model.sources().map((s) => s.id));
    expect(list.body.items[0].text).toBeUndefined();
    expect(list.body.items.map((s: { notes: unknown }) => s.notes)).toEqual(
      model.sources().map((s) => s.notes),
    );
    const id = model.sources()[0]?.id ?? "";
    const one = await get(`${base}/sources/${id}`);
    expect(one.body.source.text).toBe(model.source(id).source.text);
    expect(one.body.spans).toEqual(model.source(id).spans);
    expect(one.body.spans.length).toBeGreaterThan(0);
    // A source's notes quote it too, and are spans of kind "note".
    for (const source of model.sources()) {
      const { body } = await get(`${base}/sources/${source.id}`);
      const noteSpans = body.spans.filter((span: { kind: string }) => span.kind === "note");
      const quoted = source.notes.flatMap((n) => n.evidence.filter((e) => e.source === source.id));
      expect(noteSpans, source.id).toHaveLength(quoted.length);
    }
  });

  it("searches claims and sources", async () => {
    const { body } = await get(`${base}/search?q=Alaska&limit=5`);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThanOrEqual(5);
    const sourcesOnly = await get(`${base}/search?q=Alaska&kind=source`);
    expect(sourcesOnly.body.items.every((h: { kind: string }) => h.kind === "source")).toBe(true);
  });

  it("serves an index, the OpenAPI document and the docs page", async () => {
    expect((await get("/")).body.links.summits).toBe("/v1/summits");
    const doc = await get("/openapi.json");
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        `/v1/summits/{id}/compare`,
        `/v1/summits/{id}/claims`,
        `/v1/summits/{id}/claims.csv`,
      ]),
    );
    const claimParams = doc.body.paths["/v1/summits/{id}/claims"].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(claimParams).toEqual(
      expect.arrayContaining([
        ...["actor", "speaker", "subject", "side", "issue", "source", "attribution", "kind", "stance"],
        ...["occasion", "review", "outcome", "limit", "cursor"],
      ]),
    );
    const discrepancyParams = doc.body.paths["/v1/summits/{id}/discrepancies"].get.parameters;
    expect(discrepancyParams.find((p: { name: string }) => p.name === "kind").schema.items.enum).toEqual([
      "contradiction",
      "framing",
    ]);
    const docs = await app.request("/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('src="/docs/init.js"');
    expect(await (await app.request("/docs/init.js")).text()).toContain("/openapi.json");
  });
});

describe("exports", () => {
  it("serves the summit as schema.org JSON-LD by suffix and by Accept", async () => {
    const bySuffix = await get(`${base}.jsonld`);
    expect(bySuffix.response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const graph = bySuffix.body["@graph"] as { "@type": string }[];
    expect(bySuffix.body["@context"]).toBe("https://schema.org");
    const types = new Set(graph.map((n) => n["@type"]));
    for (const type of ["Event", "Person", "Claim"]) expect(types).toContain(type);
    type LdClaim = {
      "@id": string;
      author?: { "@id": string }[];
      appearance: { "@type": string; spokenByCharacter?: { "@id": string }[] }[];
      about: { "@id": string }[];
    };
    const ldClaims = graph.filter((n) => n["@type"] === "Claim") as unknown as LdClaim[];
    expect(ldClaims).toHaveLength(model.dataset.claims.length);
    expect(ldClaims[0]?.appearance[0]?.["@type"]).toBe("Quotation");
    const ref = (path: string) => ({ "@id": `${base}/${path}` });
    for (const [i, claim] of model.dataset.claims.entries()) {
      const node = ldClaims[i] as LdClaim;
      expect(node["@id"]).toBe(`${base}/claims#${claim.id}`);
      // The speakers are the authors; narration, the journalist's own voice, has none.
      const speakers = claim.speakerIds.map((id) => ref(`actors/${id}`));
      expect(node.author, claim.id).toEqual(speakers.length === 0 ? undefined : speakers);
      for (const quotation of node.appearance) {
        expect(quotation.spokenByCharacter, claim.id).toEqual(speakers.length === 0 ? undefined : speakers);
      }
      // About the issues it takes a stance on, and about its subjects.
      expect(node.about, claim.id).toEqual([
        ...claim.stances.map((s) => ref(`issues#${s.issueId}`)),
        ...claim.subjectIds.map((id) => ref(`actors/${id}`)),
      ]);
    }
    const lavrovOnTrump = ldClaims.find((n) => n["@id"].endsWith("#trump-accepted-invitation-per-lavrov"));
    expect(lavrovOnTrump?.author).toEqual([ref("actors/sergey-lavrov")]);
    const byAccept = await get(base, { Accept: "application/ld+json" });
    expect(byAccept.body).toEqual(bySuffix.body);
  });

  it("describes every node the JSON-LD graph refers to, with IRIs where schema.org wants them", async () => {
    const { body } = await get(`${base}.jsonld`);
    const graph = body["@graph"] as Record<string, unknown>[];
    const described = new Set(graph.map((n) => n["@id"]));
    const referenced = new Set<string>();
    const walk = (value: unknown, top: boolean): void => {
      if (Array.isArray(value)) for (const item of value) walk(item, false);
      else if (value !== null && typeof value === "object") {
        const id = (value as { "@id"?: string })["@id"];
        if (!top && id !== undefined && Object.keys(value).length === 1) referenced.add(id);
        for (const [key, inner] of Object.entries(value)) if (key !== "@id") walk(inner, false);
      }
    };
    for (const node of graph) walk(node, true);
    const local = [...referenced].filter((id) => id.startsWith("/"));
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((id) => !described.has(id))).toEqual([]);
    const event = graph.find((n) => n["@type"] === "Event");
    expect(event?.eventAttendanceMode).toEqual({ "@id": "https://schema.org/OfflineEventAttendanceMode" });
    const putin = graph.find((n) => n["@id"] === `${base}/actors/vladimir-putin`);
    expect(putin?.description).toBeUndefined();
  });

  it("serves claims as CSV by suffix and by Accept, one row per claim", async () => {
    const bySuffix = await get(`${base}/claims.csv`);
    expect(bySuffix.response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(bySuffix.response.headers.get("content-disposition")).toBe(
      'attachment; filename="alaska-2025-claims.csv"',
    );
    const lines = bySuffix.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "id,kind,speakers,subjects,reporter,attribution,cue,occasion,stances,outcome,inference_en,inference_id,summary_en,summary_id,sources,source_notes,quotes,review",
    );
    expect(lines[1]?.startsWith(`${model.claims()[0]?.id},`)).toBe(true);
    const byAccept = await get(`${base}/claims`, { Accept: "text/csv" });
    expect(byAccept.text).toBe(bySuffix.text);
    const filtered = await get(`${base}/claims.csv?attribution=narration`);
    expect(filtered.text.trimEnd().split("\r\n")).toHaveLength(
      model.claims({ attribution: "narration" }).length + 1,
    );
    // The new filters apply to CSV too.
    const bySpeaker = await get(`${base}/claims.csv?speaker=sergey-lavrov&occasion=later-interview`);
    const ids = bySpeaker.text
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",")[0]);
    expect(ids).toEqual(
      model.claims({ speaker: "sergey-lavrov", occasion: "later-interview" }).map((c) => c.id),
    );
  });
});

describe("problems", () => {
  it("answers an unknown summit, actor or source with the nearest valid ids", async () => {
    const summit = await expectProblem("/v1/summits/alaska-2024/claims", 404);
    expect(summit.problem.suggestions).toContain("alaska-2025");
    const actor = await expectProblem(`${base}/actors/lavrof`, 404);
    expect(actor.problem.suggestions[0]).toBe("sergey-lavrov");
    const source = await expectProblem(`${base}/sources/003_541abc782ac656e8`, 404);
    expect(source.problem.suggestions).toContain("003_541abc782ac656e9");
    await expectProblem("/v2/nothing", 404);
  });

  it("names the problem kind, id and suggestions for an unknown id in any query parameter", async () => {
    const cases = [
      [`${base}/compare?sides=russsia,united-states`, "sides", "side", "russsia", "russia"],
      [`${base}/compare?actors=lavrof,marco-rubio`, "actors", "actor", "lavrof", "sergey-lavrov"],
      [`${base}/compare?issues=cesefire`, "issues", "issue", "cesefire", "ceasefire"],
      [`${base}/claims?actor=lavrof`, "actor", "actor", "lavrof", "sergey-lavrov"],
      // Three parameters name actors: the problem names the one that holds the unknown id.
      [`${base}/claims?speaker=lavrof`, "speaker", "actor", "lavrof", "sergey-lavrov"],
      [`${base}/claims?actor=Lavrov&subject=trumpp`, "subject", "actor", "trumpp", "donald-trump"],
      [`${base}/claims.csv?speaker=Lavrov&subject=trumpp`, "subject", "actor", "trumpp", "donald-trump"],
      [`${base}/claims?side=russsia`, "side", "side", "russsia", "russia"],
      [`${base}/claims?issue=ceasefire,cesefire`, "issue", "issue", "cesefire", "ceasefire"],
      [
        `${base}/claims?outcome=follow-up-meeting-in-moscw`,
        "outcome",
        "outcome",
        "follow-up-meeting-in-moscw",
        "follow-up-meeting-in-moscow",
      ],
      [`${base}/actors?side=russsia`, "side", "side", "russsia", "russia"],
      [`${base}/outcomes?issue=cesefire`, "issue", "issue", "cesefire", "ceasefire"],
      [`${base}/discrepancies?issue=cesefire`, "issue", "issue", "cesefire", "ceasefire"],
      [`${base}/timeline?actor=lavrof`, "actor", "actor", "lavrof", "sergey-lavrov"],
    ] as const;
    for (const [path, parameter, kind, id, suggestion] of cases) {
      const { problem } = await expectProblem(path, 400);
      expect(problem, path).toMatchObject({ parameter, kind, id, type: "/problems/invalid-parameter" });
      expect(problem.suggestions, path).toContain(suggestion);
      expect(problem.errors[0].parameter, path).toBe(parameter);
    }
    const source = await expectProblem(`${base}/claims?source=999`, 400);
    expect(source.problem).toMatchObject({ parameter: "source", kind: "source", id: "999" });
    expect(source.problem.suggestions).toEqual(expect.any(Array));
  });

  it("serves every problem type it answers with, and names the nearest for an unknown one", async () => {
    const doc = await get("/openapi.json");
    expect(doc.body.paths["/problems/{slug}"].get.operationId).toBe("getProblemType");
    expect(doc.body.components.schemas.Problem.properties).toEqual(
      expect.objectContaining({
        kind: expect.anything(),
        id: expect.anything(),
        parameter: expect.anything(),
      }),
    );
    const type = await get("/problems/unknown-id");
    expect(type.body).toMatchObject({ type: "/problems/unknown-id", status: 404, title: "Unknown id" });
    expect(type.response.headers.get("etag")).toMatch(/^"/);
    const unknown = await expectProblem("/problems/unknown-idd", 404);
    expect(unknown.problem).toMatchObject({ kind: "problem type", id: "unknown-idd" });
    expect(unknown.problem.suggestions[0]).toBe("unknown-id");
  });

  it("refuses invalid and unknown query parameters with what is allowed", async () => {
    const badEnum = await expectProblem(`${base}/claims?attribution=rumour`, 400);
    expect(badEnum.problem.detail).toContain("direct-quote");
    expect(badEnum.problem.errors[0].parameter).toBe("attribution");
    const unknown = await expectProblem(`${base}/claims?isue=ceasefire`, 400);
    expect(unknown.problem.detail).toContain('"isue"');
    expect(unknown.problem.detail).toContain("issue");
    const unknownId = await expectProblem(`${base}/claims?issue=cesefire`, 400);
    expect(unknownId.problem.suggestions).toContain("ceasefire");
    await expectProblem(`${base}/claims?limit=0`, 400);
    await expectProblem(`${base}/claims?limit=abc`, 400);
    await expectProblem(`${base}/claims?cursor=garbage`, 400);
    await expectProblem(`${base}/search`, 400);
    await expectProblem(`${base}/timeline?basis=guessed`, 400);
    for (const [path, parameter, allowed] of [
      [`${base}/claims?occasion=yesterday`, "occasion", "press-conference"],
      [`${base}/claims?review=approved`, "review", "reviewed"],
      [`${base}/claims.csv?stance=against`, "stance", "sceptical"],
      [`${base}/discrepancies?kind=disagreement`, "kind", "framing"],
    ] as const) {
      const { problem } = await expectProblem(path, 400);
      expect(problem.errors[0].parameter, path).toBe(parameter);
      expect(problem.detail, path).toContain(allowed);
    }
    expect((await expectProblem(`${base}/claims?occasion=yesterday`, 400)).problem.detail).toContain("none");
    await expectProblem(`/v1/summits?x=1`, 400);
  });

  it("refuses comparisons the model cannot answer", async () => {
    const one = await expectProblem(`${base}/compare?sides=russia`, 400);
    expect(one.problem.errors[0].parameter).toBe("sides");
    await expectProblem(`${base}/compare?sides=russia,united-states&actors=Lavrov,marco-rubio`, 400);
    const unknown = await expectProblem(`${base}/compare?sides=russsia,united-states`, 400);
    expect(unknown.problem.suggestions).toContain("russia");
    await expectProblem(`${base}/compare?issues=nope`, 400);
  });

  it("answers a wrong method with 405 and Allow", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const { response } = await expectProblem(`${base}/claims`, 405, { method });
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    }
    await expectProblem("/nowhere", 404, { method: "POST" });
  });

  it("answers an unacceptable Accept with 406 and the available types", async () => {
    const { problem } = await expectProblem(`${base}/compare`, 406, { headers: { Accept: "image/png" } });
    expect(problem.available).toEqual(["application/json"]);
    await expectProblem(`${base}/claims`, 406, { headers: { Accept: "application/xml, text/csv;q=0" } });
  });

  it("answers a too long URL or query with 414", async () => {
    await expectProblem(`${base}/claims?issue=${"a".repeat(1100)}`, 414);
    await expectProblem(`/v1/${"x".repeat(2100)}`, 414);
  });

  it("never answers hostile input with a 500", async () => {
    const paths = [
      `${base}/actors/%00`,
      `${base}/actors/${encodeURIComponent("<script>")}`,
      `${base}/claims?limit=1e400`,
      `${base}/claims?cursor=o999999`,
      `${base}/search?q=${encodeURIComponent("\u0000\uffff")}`,
      `${base}/sources/..%2F..%2Fetc`,
      `/v1/summits/__proto__`,
      `/v1/summits/constructor/claims`,
    ];
    for (const path of paths) {
      const response = await app.request(path);
      expect(response.status, path).toBeLessThan(500);
    }
  });
});

describe("HTTP", () => {
  it("gives a strong ETag and answers If-None-Match with 304", async () => {
    const first = await app.request(`${base}/compare`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get("cache-control")).toContain("max-age=");
    const again = await app.request(`${base}/compare`, { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const other = await app.request(`${base}/compare`, { headers: { "If-None-Match": '"other"' } });
    expect(other.status).toBe(200);
  });

  it("sends answers of 1 kB or more gzipped to clients that take gzip, first time and from memory", async () => {
    for (const path of [
      `${base}/compare?issues=sanctions,ukraine-war`,
      `${base}/actors/lavrov`,
      `${base}/claims?limit=21`,
    ]) {
      const plain = await app.request(path);
      const plainText = await plain.text();
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(plain.headers.get("vary")).toBe("Accept, Accept-Encoding");
      // limit=21 is asked gzipped before it was ever answered: the first answer is gzipped too.
      for (const attempt of [1, 2]) {
        const zipped = await app.request(path, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
        expect(zipped.headers.get("content-encoding"), `${path} #${attempt}`).toBe("gzip");
        expect(zipped.headers.get("content-type")).toBe(plain.headers.get("content-type"));
        expect(zipped.headers.get("vary")).toBe("Accept, Accept-Encoding");
        // Another representation, another strong ETag.
        expect(zipped.headers.get("etag")).toBe(`${plain.headers.get("etag")?.slice(0, -1)}-gzip"`);
        const bytes = new Uint8Array(await zipped.clone().arrayBuffer());
        expect(bytes.length).toBeLessThan(plainText.length / 2);
        expect(await decodedText(zipped)).toBe(plainText);
      }
    }
  });

  it("answers HEAD with the headers GET would send, gzip included, first time and from memory", async () => {
    const path = `${base}/claims?limit=22`;
    for (const acceptEncoding of ["gzip", "identity"]) {
      const headers = { "Accept-Encoding": acceptEncoding };
      for (const attempt of ["first", "from memory"]) {
        const head = await app.request(path, { method: "HEAD", headers });
        const get = await app.request(path, { headers });
        const where = `${acceptEncoding}, ${attempt}`;
        expect(head.status, where).toBe(200);
        expect(await head.text(), where).toBe("");
        for (const name of ["etag", "content-encoding", "content-type", "vary", "cache-control"]) {
          expect(head.headers.get(name), `${where}: ${name}`).toBe(get.headers.get(name));
        }
        expect(head.headers.get("content-encoding"), where).toBe(acceptEncoding === "gzip" ? "gzip" : null);
      }
    }
  });

  it("answers If-None-Match with the gzipped answer's own ETag", async () => {
    const path = `${base}/claims?limit=20`;
    const gzipped = { "Accept-Encoding": "gzip" };
    const etag = (await app.request(path, { headers: gzipped })).headers.get("etag") ?? "";
    const again = await app.request(path, { headers: { ...gzipped, "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    // Representation metadata stays off a 304 (RFC 9110 §15.4.5).
    expect(again.headers.get("content-encoding")).toBeNull();
    expect(await again.text()).toBe("");
    // The unencoded answer is another representation: the gzip ETag does not validate it.
    expect((await app.request(path, { headers: { "If-None-Match": etag } })).status).toBe(200);
  });

  it("sends the bytes as they are to clients that do not take gzip, and small answers always", async () => {
    const path = `${base}/claims?limit=20`;
    for (const acceptEncoding of ["identity", "br", "gzip;q=0", "*;q=0", "gzip;q=0, *", "deflate"]) {
      const response = await app.request(path, { headers: { "Accept-Encoding": acceptEncoding } });
      expect(response.headers.get("content-encoding"), acceptEncoding).toBeNull();
    }
    const star = await app.request(path, { headers: { "Accept-Encoding": "*" } });
    expect(star.headers.get("content-encoding")).toBe("gzip");
    const small = await app.request(`${base}/issues/ceasefire`, { headers: { "Accept-Encoding": "gzip" } });
    const smallText = await small.text();
    expect(smallText.length).toBeLessThan(1024);
    expect(small.headers.get("content-encoding")).toBeNull();
  });

  it("serves a repeated read from memory with the same bytes and headers and a fresh request id", async () => {
    const path = `${base}/claims?limit=3`;
    const first = await app.request(path);
    const second = await app.request(path);
    expect(await second.text()).toBe(await first.text());
    const withoutId = (r: Response) => [...r.headers].filter(([name]) => name !== "x-request-id");
    expect(withoutId(second)).toEqual(withoutId(first));
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    const csv = await app.request(`${base}/claims?speaker=lavrov`, { headers: { Accept: "text/csv" } });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const notModified = await app.request(path, {
      headers: { "If-None-Match": second.headers.get("etag") ?? "" },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("content-type")).toBeNull();
  });

  it("answers a repeated read synchronously, before routing, so Node's adapter takes its fast path", async () => {
    const url = `http://localhost${base}/compare?issues=ceasefire`;
    const first = app.fetch(new Request(url));
    expect(first).toBeInstanceOf(Promise);
    const etag = (await first).headers.get("etag");
    const hit = app.fetch(new Request(url));
    expect(hit).toBeInstanceOf(Response);
    expect((hit as Response).headers.get("etag")).toBe(etag);
    const revalidated = app.fetch(new Request(url, { headers: { "If-None-Match": etag ?? "" } }));
    expect((revalidated as Response).status).toBe(304);
    // Another Accept is another answer: it is negotiated, not served from the JSON one.
    const other = await app.fetch(new Request(url, { headers: { Accept: "text/html" } }));
    expect(other.status).toBe(406);
  });

  it("puts CORS, secure headers and a request id on problems too, 414 included", async () => {
    for (const path of [`${base}/claims?issue=${"a".repeat(1100)}`, "/nowhere", `${base}/claims?limit=0`]) {
      const response = await app.request(path, { headers: { "X-Request-Id": "trace-7" } });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-request-id"), path).toBe("trace-7");
    }
  });

  it("opens CORS for reads, sets secure headers and a request id", async () => {
    const response = await app.request(`${base}/issues`, { headers: { Origin: "https://example.org" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await app.request(`${base}/issues`, { headers: { "X-Request-Id": "trace-42" } });
    expect(echoed.headers.get("x-request-id")).toBe("trace-42");
  });

  it("answers HEAD without a body and OPTIONS with Allow", async () => {
    const head = await app.request(`${base}/claims`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toMatch(/^"/);
    expect(await head.text()).toBe("");
    const options = await app.request(`${base}/claims`, { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    const preflight = await app.request(`${base}/claims`, {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,HEAD,OPTIONS");
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-max-age")).toBe("86400");
    const withHeaders = await app.request(`${base}/claims`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://example.org",
        "Access-Control-Request-Headers": "x-request-id, if-none-match",
      },
    });
    expect(withHeaders.headers.get("access-control-allow-headers")).toBe("x-request-id,if-none-match");
    expect(withHeaders.headers.get("vary")).toBe("Access-Control-Request-Headers");
    await expectProblem("/nowhere", 404, { method: "OPTIONS" });
  });
});

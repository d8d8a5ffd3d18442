import { getSummit } from "@parley/core";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { createClient } from "./client.ts";

const app = createApp();
const client = createClient("http://parley.test", {
  fetch: ((input: RequestInfo | URL, init?: RequestInit) => app.request(input, init)) as typeof fetch,
});
const model = getSummit("alaska-2025");

describe("typed client", () => {
  it("reads summits, claims and comparisons with typed bodies", async () => {
    const summits = await (await client.v1.summits.$get({ query: {} })).json();
    if (!("items" in summits)) throw new Error("expected the list of summits");
    expect(summits.items[0]?.id).toBe("alaska-2025");

    const response = await client.v1.summits[":id"].claims.$get({
      param: { id: "alaska-2025" },
      query: { limit: "2" },
    });
    expect(response.status).toBe(200);
    const page = await response.json();
    if (typeof page !== "object" || !("items" in page)) throw new Error("expected a page of claims");
    expect(page.items).toEqual(model.claims().slice(0, 2));

    const comparison = await client.v1.summits[":id"].compare.$get({
      param: { id: "alaska-2025" },
      query: { sides: "united-states,russia" },
    });
    const body = await comparison.json();
    if (!("rows" in body)) throw new Error("expected a comparison");
    expect(body.columns.map((c) => c.id)).toEqual(["united-states", "russia"]);
    // The cell's buckets are typed: own positions apart from hearsay and analysis.
    const cell = body.rows[0]?.cells[0];
    expect(cell?.gap).toBe(cell?.own.length === 0);
    expect(
      [...(cell?.hearsay ?? []), ...(cell?.analysis ?? [])].every((c) => typeof c.stance === "string"),
    ).toBe(true);

    const filtered = await client.v1.summits[":id"].claims.$get({
      param: { id: "alaska-2025" },
      query: { speaker: "sergey-lavrov", subject: "donald-trump", occasion: "later-interview,undated" },
    });
    const lavrov = await filtered.json();
    if (typeof lavrov !== "object" || !("items" in lavrov)) throw new Error("expected a page of claims");
    expect(lavrov.items).toEqual(
      model
        .claims({
          speaker: "sergey-lavrov",
          subject: "donald-trump",
          occasion: ["later-interview", "undated"],
        })
        .slice(0, 50),
    );
  });

  it("surfaces problems as typed 404s", async () => {
    const response = await client.v1.summits[":id"].$get({ param: { id: "alaska-2024" }, query: {} });
    expect(response.status).toBe(404);
    const problem = await response.json();
    expect("suggestions" in problem && problem.suggestions).toEqual(["alaska-2025"]);
  });

  it("aborts a request that outlives its timeout", async () => {
    const slow = createClient("http://parley.test", {
      timeoutMs: 20,
      fetch: ((_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        })) as typeof fetch,
    });
    await expect(slow.v1.summits.$get({ query: {} })).rejects.toThrow(/timeout|abort/i);
  });
});

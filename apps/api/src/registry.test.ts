import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { registerSummit } from "@parley/core";
import { buildSummit } from "@parley/core/authoring";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createApp } from "./app.ts";

// The core's example summit, built from its own files: the API serves whatever an app registers.
const example = join(import.meta.dirname, "../../../packages/core/examples/own-summit");
const read = (path: string) => readFileSync(join(example, path), "utf8");
const sources = readdirSync(join(example, "data"))
  .filter((name) => name !== "summit.yaml")
  .map((name) => ({ name, data: parse(read(`data/${name}`)) as { id: string } }));
const built = await buildSummit({
  summit: { name: "summit.yaml", data: parse(read("data/summit.yaml")) },
  sources,
  texts: Object.fromEntries(sources.map(({ data }) => [data.id, read(`texts/${data.id}.txt`)])),
});
if (!built.ok) throw new Error(built.problems.join("\n"));
registerSummit(built.model);
const app = createApp();
const json = async (path: string) => {
  const response = await app.request(path, { headers: { accept: "application/json" } });
  expect(response.status, path).toBe(200);
  return response.json();
};

describe("a summit an app registers", () => {
  it("is listed beside the bundled one, without the date or place its sources do not state", async () => {
    const { items } = await json("/v1/summits");
    expect(items.map((s: { id: string }) => s.id)).toEqual(["alaska-2025", "anchorage-invitation-2025"]);
    expect(items[1]).toMatchObject({ date: null });
    const graph = (await json("/v1/summits/anchorage-invitation-2025.jsonld"))["@graph"];
    const event = graph.find((node: { "@type": string }) => node["@type"] === "Event");
    expect(event).not.toHaveProperty("startDate");
    expect(event.location).toEqual({ "@type": "Place", address: "Anchorage, Alaska" });
  });

  it("is compared by the sides its participants act for, and searched in its sources' language", async () => {
    const comparison = await json("/v1/summits/anchorage-invitation-2025/compare");
    expect(comparison.columns.map((c: { id: string }) => c.id)).toEqual(["united-states", "russia"]);
    const search = await json("/v1/summits/anchorage-invitation-2025/search?q=undangan");
    expect(search.items.length).toBeGreaterThan(0);
    expect(search.items[0].snippet.some((f: { match: boolean }) => f.match)).toBe(true);
  });

  it("serves its sources under the ids its author chose", async () => {
    const { items } = await json("/v1/summits/anchorage-invitation-2025/sources");
    expect(items.map((s: { id: string }) => s.id).sort()).toEqual(["expert", "invitation"]);
    const source = await json("/v1/summits/anchorage-invitation-2025/sources/invitation");
    expect(source.source.text).toBe(read("texts/invitation.txt"));
  });
});

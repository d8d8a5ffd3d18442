import { getSummit, UnknownIdError } from "@parley/core";
import { describe, expect, it } from "vitest";
import { apiInProcess, parley } from "../test/parley.ts";
import { embeddedData } from "./embedded.ts";
import { remoteData } from "./remote.ts";
import { RemoteUnavailableError } from "./remote-error.ts";

const API = "http://parley.test";
const model = getSummit("alaska-2025");
const embedded = embeddedData();
const remote = await remoteData(API, { fetch: apiInProcess() });

describe("remote data over the real API (in process)", () => {
  it.each([
    ["compare"],
    ["compare", "--issue", "ukraine-war,ceasefire"],
    ["compare", "--actors", "Lavrov,Rubio", "--lang", "id"],
    ["compare", "--sides", "united-states,russia,ukraine", "--json"],
    ["actors"],
    ["actors", "--lang", "id", "--json"],
    ["issues", "--lang", "id"],
    ["sources"],
    ["sources", "--json"],
    ["outcomes"],
    ["discrepancies"],
    ["timeline", "--lang", "id"],
    ["search", "gencatan", "senjata"],
    ["search", "sepakat", "--json"],
    ["source", "003"],
    ["source", model.sources()[4]?.id ?? "-", "--lang", "id"],
  ])("parley %j prints the same as with the embedded data", async (...argv) => {
    const local = await parley(embedded, ...argv);
    const viaApi = await parley(remote, ...argv);
    expect(local.code).toBe(0);
    expect(local.stdout.length).toBeGreaterThan(100);
    expect(viaApi).toEqual(local);
  });

  it.each([
    [["compare", "--issue", "ukrain"], 'parley: unknown issue "ukrain". Did you mean "ukraine-war"'],
    [["compare", "--sides", "Rusa,AS"], 'parley: unknown side "Rusa". Did you mean "russia"?'],
    [["compare", "--actors", "Lavrov,Nobody"], 'parley: unknown actor "Nobody".'],
    [["compare", "--sides", "russia,russia"], "at least two different sides"],
    [["source", "9"], 'parley: unknown source "9". Did you mean'],
    [["source", "../../etc"], 'parley: unknown source "../../etc".'],
  ])("%j fails with the embedded mode's message and exit code", async (argv, message) => {
    const local = await parley(embedded, ...argv);
    const viaApi = await parley(remote, ...argv);
    expect(local.code).toBe(2);
    expect(local.stderr).toContain(message);
    expect(viaApi).toEqual(local);
  });

  it("finds a claim by id and names the nearest ids for an unknown one", async () => {
    const claim = model.claims()[5];
    expect(await remote.claim(claim?.id ?? "")).toEqual(claim);
    const wrong = `${claim?.id}x`;
    const local = (() => {
      try {
        embedded.claim(wrong);
      } catch (error) {
        return error;
      }
    })();
    expect(local).toBeInstanceOf(UnknownIdError);
    await expect(remote.claim(wrong)).rejects.toEqual(local);
  });

  it("answers every list the screens read as the embedded data does", async () => {
    expect(await remote.issues()).toEqual(embedded.issues());
    expect(await remote.timeline()).toEqual(embedded.timeline());
    expect(await remote.summit()).toEqual(embedded.summit());
    expect(await remote.source("001")).toEqual(embedded.source("001"));
    // The list carries names and notes, not texts: enough for tags, titles and the notes beside facts.
    expect(await remote.sources()).toEqual(
      model
        .sources()
        .map(({ id, title, outletId, notes }) => ({ id, title, ...(outletId ? { outletId } : {}), notes })),
    );
    expect(await remote.compare({ actors: ["Lavrov", "Rubio"] })).toEqual(
      embedded.compare({ actors: ["Lavrov", "Rubio"] }),
    );
  });
});

/** An API stand-in: the real one, except for the paths `answer` takes over. */
function apiWith(answer: (path: string) => Response | undefined): typeof fetch {
  const real = apiInProcess();
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    return answer(path) ?? real(input, init);
  }) as typeof fetch;
}
const json = (body: unknown, status = 200, type = "application/json") =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "content-type": type },
  });

describe("a remote that answers garbage", () => {
  it.each([
    [
      "an HTML page",
      () =>
        new Response("<!doctype html><h1>Welcome to nginx</h1>", {
          headers: { "content-type": "text/html" },
        }),
      "answered GET /v1/summits/alaska-2025 with 200 text/html, not JSON",
    ],
    [
      "invalid JSON",
      () => json('{"name": "Parley", '),
      'answered GET /v1/summits/alaska-2025 with 200 and a body that is not valid JSON ("{"name": "Parley", ")',
    ],
    [
      "a 500 problem document",
      () =>
        json(
          {
            type: "x",
            title: "Internal server error",
            status: 500,
            detail: "The server failed.",
            instance: "/",
          },
          500,
          "application/problem+json",
        ),
      "answered GET /v1/summits/alaska-2025 with 500 Internal server error: The server failed.",
    ],
    [
      "a 502 from a proxy, as JSON that is not a problem",
      () => json({ message: "Bad Gateway" }, 502),
      "answered GET /v1/summits/alaska-2025 with 502",
    ],
    [
      "JSON of the wrong shape",
      () => json({ id: "alaska-2025", name: "Alaska" }),
      "answered GET /v1/summits/alaska-2025 with 200 but not the summit (name: Invalid input: expected record, received string)",
    ],
  ])("at start (%s): one clear message naming the URL, exit code 1", async (_name, answer, message) => {
    const data = () =>
      remoteData(API, { fetch: apiWith((p) => (p === "/v1/summits/alaska-2025" ? answer() : undefined)) });
    const result = await parley(data, "actors");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`parley: the Parley API at ${API} ${message}.\n`);
  });

  it("later (a comparison of the wrong shape): the same kind of message from the command", async () => {
    const broken = await remoteData(API, {
      fetch: apiWith((p) =>
        p.endsWith("/compare") ? json({ by: "side", columns: [], rows: "none" }) : undefined,
      ),
    });
    const result = await parley(broken, "compare");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `parley: the Parley API at ${API} answered GET /v1/summits/alaska-2025/compare with 200 but not the comparison (rows: Invalid input: expected array, received string).\n`,
    );
  });

  it("an unknown path (an API mounted elsewhere) is a 404 that names the path, not an unknown id", async () => {
    const result = await parley(() => remoteData(`${API}/parley`, { fetch: apiInProcess() }), "actors");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^parley: the Parley API at http:\/\/parley\.test\/parley answered GET \/parley\/v1\/summits\/alaska-2025(\/\w+)? with 404 Not found: No resource at/,
    );
  });

  it("refuses a URL that is not http(s) as a usage error", async () => {
    await expect(remoteData("ftp://example.org")).rejects.toThrow("--api needs an http or https URL");
    await expect(remoteData("localhost:8787")).rejects.toThrow("--api needs an http or https URL");
    await expect(remoteData("not a url")).rejects.toThrow("--api needs a URL");
  });

  it("reports a request that fails mid-session as RemoteUnavailableError", async () => {
    let down = false;
    const data = await remoteData(API, {
      fetch: apiWith(() => {
        if (down) throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
        return undefined;
      }),
    });
    down = true;
    const error = await Promise.resolve(data.outcomes()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteUnavailableError);
    expect((error as Error).message).toBe(
      `cannot reach the Parley API at ${API}: connection refused (is it running?).`,
    );
  });
});

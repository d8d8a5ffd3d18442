import { CELL_GROUPS, compare, getSummit, search } from "@parley/core";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { decodedText } from "../test/decode.ts";
import { textFragment } from "./claim.tsx";
import { isHeading } from "./source.tsx";

const app = createApp();
const model = getSummit("alaska-2025");
const summit = "/summits/alaska-2025";
const BROWSER = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers: { ...BROWSER, ...headers } });
  return { response, html: await decodedText(response) };
}

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, "g"))?.length ?? 0;
const decode = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e] ?? e,
  );
/** Every href of a page, entities decoded. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1] ?? ""));

describe("the reader's home at /", () => {
  it("answers a browser with the page and an API client with JSON, from the same URL, cached apart", async () => {
    for (let round = 0; round < 2; round++) {
      const { response, html } = await page("/");
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(html).toMatch(/^<!doctype html><html lang="en">/);
      expect(html).toContain(`href="${summit}/compare"`);
      for (const accept of [undefined, "*/*", "application/json"]) {
        const json = await app.request("/", accept === undefined ? {} : { headers: { Accept: accept } });
        expect(json.headers.get("content-type"), `${accept}`).toMatch(/^application\/json/);
        expect((await json.json()).name).toBe("Parley API");
        expect(json.headers.get("link")).toBe('</>; rel="alternate"; type="text/html"');
      }
    }
  });

  it("speaks the language Accept-Language prefers, or ?lang=, and never serves one language's copy for another", async () => {
    for (let round = 0; round < 2; round++) {
      const id = await page("/", { "Accept-Language": "id-ID,id;q=0.9,en;q=0.5" });
      expect(id.html).toContain('<html lang="id">');
      expect(id.response.headers.get("content-language")).toBe("id");
      expect(id.response.headers.get("vary")).toBe("Accept, Accept-Language, Accept-Encoding");
      const en = await page("/", { "Accept-Language": "en-GB,en;q=0.8" });
      expect(en.html).toContain('<html lang="en">');
      const asked = await page("/?lang=id", { "Accept-Language": "en" });
      expect(asked.html).toContain('<html lang="id">');
      // The language the URL names is kept in every link of the page.
      expect(asked.html).toContain(`href="${summit}/compare?lang=id"`);
      expect(asked.response.headers.get("vary")).toBe("Accept, Accept-Encoding");
    }
  });
});

describe("compare", () => {
  it("puts every issue in a row and the sides in columns, with each cell's gap, own, hearsay and analysis as the core has them", async () => {
    const { response, html } = await page(`${summit}/compare`);
    expect(response.status).toBe(200);
    const comparison = compare(model);
    expect(count(html, /<tr id="issue-/)).toBe(comparison.rows.length);
    for (const column of comparison.columns) expect(html).toContain(`<th scope="col">${column.name.en}</th>`);
    const cells = comparison.rows.flatMap((row) => row.cells);
    expect(count(html, /<p class="gap">/)).toBe(cells.filter((cell) => cell.gap).length);
    for (const group of CELL_GROUPS) {
      expect(count(html, new RegExp(`class="group group-${group}"`))).toBe(
        cells.filter((cell) => cell[group].length > 0).length,
      );
    }
    // Own positions come first in a cell, then what others say, then analysis.
    for (const cell of html.split("<td>").slice(1)) {
      const at = CELL_GROUPS.map((group) => cell.indexOf(`group-${group}`)).filter((i) => i !== -1);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
    // Each claim with its stance on the row's issue and its verbatim words, Parley's summary labelled as ours.
    const placed = cells.flatMap((cell) => CELL_GROUPS.flatMap((group) => cell[group]));
    expect(count(html, /<li class="claim">/)).toBe(placed.length);
    expect(count(html, /<blockquote class="verbatim" lang="id">/)).toBe(placed.length);
    expect(count(html, /<span class="tag">Parley&#39;s translation/)).toBeGreaterThanOrEqual(placed.length);
    const first = placed[0];
    expect(first).toBeDefined();
    expect(decode(html)).toContain(first?.claim.evidence[0]?.quote.exact);
    expect(html).toContain(`<span class="stance stance-${first?.stance}">`);
    expect(html).toContain('<h2 id="legend">Legend</h2>');
    // Where the sources disagree on an issue, its row links the discrepancy.
    for (const discrepancy of model.discrepancies().filter((d) => d.issueIds.length > 0))
      expect(hrefs(html)).toContain(`${summit}/discrepancies#${discrepancy.id}`);
  });

  it("compares two actors, filters issues by link or form, and names its JSON resource", async () => {
    const path = `${summit}/compare?actors=sergey-lavrov,marco-rubio&issues=ceasefire`;
    const { response, html } = await page(path);
    const comparison = compare(model, { actors: ["sergey-lavrov", "marco-rubio"], issues: ["ceasefire"] });
    expect(count(html, /<tr id="issue-/)).toBe(1);
    expect(html).toContain(`<th scope="col">${comparison.columns[0]?.name.en}</th>`);
    const json = "/v1/summits/alaska-2025/compare?issues=ceasefire&actors=sergey-lavrov%2Cmarco-rubio";
    expect(response.headers.get("link")).toBe(`<${json}>; rel="alternate"; type="application/json"`);
    expect(hrefs(html)).toContain(json);
    // The JSON answer names this page back, with the same parameters.
    const data = await app.request(json);
    const alternate = /<([^>]*)>; rel="alternate"; type="text\/html"/.exec(
      data.headers.get("link") ?? "",
    )?.[1];
    expect(alternate).toBeDefined();
    expect((await page(alternate ?? "")).html).toBe(html);
    // The forms read the same parameters, repeated as a form sends them.
    expect(html).toContain('<form method="get" action="/summits/alaska-2025/compare"');
    const fromForm = await page(`${summit}/compare?actors=sergey-lavrov&actors=marco-rubio&issues=ceasefire`);
    expect(count(fromForm.html, /<li class="claim">/)).toBe(count(html, /<li class="claim">/));
  });

  it("answers a bad side with a problem page that links the fix", async () => {
    const { response, html } = await page(`${summit}/compare?sides=russsia,united-states`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(html).toContain("Unknown side &quot;russsia&quot;");
    const fix = hrefs(html).find((href) => href.includes("sides=russia"));
    expect(fix).toBe(`${summit}/compare?sides=russia%2Cunited-states`);
    expect((await page(fix ?? "")).response.status).toBe(200);
  });
});

describe("claim", () => {
  const claim = model.claims({ speaker: "sergey-lavrov" })[0];

  it("marks the verbatim sentence in its paragraph, keeps speaker, subject and reporter apart, and gives a citation", async () => {
    if (claim === undefined) throw new Error("the dataset has a claim by Lavrov");
    const evidence = claim.evidence[0];
    const { response, html } = await page(`${summit}/claims/${claim.id}`);
    expect(response.status).toBe(200);
    expect(decode(html)).toContain(`<mark>${evidence?.quote.exact}</mark>`);
    expect(decode(html)).toContain(`${claim.summary.en}`);
    expect(html).toContain("Parley&#39;s translation (ours, not the source&#39;s)");
    expect(html).toMatch(/<dt>Said by<\/dt><dd>Sergey Lavrov<\/dd>/);
    for (const label of [
      "About",
      "Relayed by",
      "Attributed as",
      "Cue",
      "When it was said",
      "Review",
      "Stance per issue",
    ])
      expect(html).toContain(`<dt>${label}</dt>`);
    const cited = `${summit}/sources/${evidence?.source}#${textFragment(evidence?.quote.exact ?? "")}`;
    expect(decode(html)).toContain(`Parley: ${cited}`);
    expect(hrefs(html)).toContain(cited);
    // A shared link previews the claim and its quote.
    expect(decode(html)).toContain(`<meta property="og:description" content="“${evidence?.quote.exact}”`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
  });

  it("names its JSON resource, which names the page back", async () => {
    if (claim === undefined) throw new Error("the dataset has a claim by Lavrov");
    const { response } = await page(`${summit}/claims/${claim.id}`);
    const json = `/v1/summits/alaska-2025/claims/${claim.id}`;
    expect(response.headers.get("link")).toBe(`<${json}>; rel="alternate"; type="application/json"`);
    const data = await app.request(json);
    expect(await data.json()).toEqual({ claim, notes: model.notesFor(claim.evidence) });
    expect(data.headers.get("link")).toBe(
      `<${summit}/claims/${claim.id}>; rel="alternate"; type="text/html"`,
    );
  });

  it("writes text fragments as the directive needs them", () => {
    expect(textFragment("Putin-Trump bertemu")).toBe(":~:text=Putin%2DTrump%20bertemu");
    expect(textFragment("satu dua tiga empat lima enam tujuh delapan sembilan")).toBe(
      ":~:text=satu%20dua%20tiga%20empat,enam%20tujuh%20delapan%20sembilan",
    );
  });

  it("answers an unknown claim with a 404 page whose suggestions are links that work", async () => {
    const { response, html } = await page(`${summit}/claims/lavrov-says`);
    expect(response.status).toBe(404);
    const suggestions = hrefs(html).filter(
      (href) => href.startsWith(`${summit}/claims/`) && !href.includes("lavrov-says"),
    );
    expect(suggestions.length).toBeGreaterThan(0);
    for (const href of suggestions) expect((await page(href)).response.status).toBe(200);
    // A program asking the same gets the problem document.
    const json = await app.request(`${summit}/claims/lavrov-says`);
    expect(json.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });
});

describe("source", () => {
  it("shows the article with its headings, every quoted span marked and linked to its facts", async () => {
    const view = model.source("003");
    const { response, html } = await page(`${summit}/sources/003`);
    expect(response.status).toBe(200);
    const starts = new Set(view.spans.map((span) => span.start));
    for (const start of starts) expect(html).toContain(`<mark id="at-${start}">`);
    for (const span of view.spans.filter((s) => s.kind === "claim"))
      expect(hrefs(html)).toContain(`${summit}/claims/${span.id}`);
    expect(html).toContain(">Isu Ukraina dan NATO Masih Jadi Hambatan</h2>");
    expect(response.headers.get("link")).toBe(
      `</v1/summits/alaska-2025/sources/${view.source.id}>; rel="alternate"; type="application/json"`,
    );
  });

  it("tells headings from paragraphs as the seeds write them", () => {
    expect(isHeading("Referendum Wilayah Ukraina Timur")).toBe(true);
    expect(isHeading("Sumber :")).toBe(false);
    expect(isHeading("Baca juga : Vladimir Putin Tegaskan ke Trump Tak Akan Menyerah")).toBe(false);
    expect(isHeading("Pertemuan Presiden AS Donald Trump dan Presiden Rusia Vladimir Putin.")).toBe(false);
  });
});

describe("discrepancies, timeline, actors, search", () => {
  it("keeps contradictions and framing apart, each version with its sources", async () => {
    const { html } = await page(`${summit}/discrepancies`);
    const [contradictions, framing] = html.split('<h2 id="framing">');
    for (const d of model.discrepancies()) {
      expect(d.kind === "contradiction" ? contradictions : framing).toContain(`id="${d.id}"`);
    }
    const versions = model.discrepancies().flatMap((d) => d.variants.flatMap((v) => v.evidence));
    expect(count(html, /<blockquote class="verbatim"/)).toBe(versions.length);
  });

  it("dates events as precisely as the sources do, inferred dates with Parley's inference", async () => {
    const { html } = await page(`${summit}/timeline?lang=en`);
    const events = model.timeline();
    expect(count(html, /<li id="[^"]+" class="basis-/)).toBe(events.length);
    const inferred = events.find((e) => e.basis === "inferred" && e.inference !== undefined);
    expect(inferred).toBeDefined();
    expect(decode(html)).toContain(inferred?.inference?.en);
    expect(html).toContain("inferred by Parley");
  });

  it("lists every actor with names as written and roles with evidence", async () => {
    const { html } = await page(`${summit}/actors`);
    for (const actor of model.actors()) expect(html).toContain(`<article class="actor" id="${actor.id}">`);
  });

  it("finds Indonesian word forms as the core's search does, and never runs a hostile query", async () => {
    const { html } = await page(`${summit}/search?q=sepakat`);
    const hits = search(model, "sepakat", { limit: 20 });
    expect(hits.length).toBeGreaterThan(0);
    expect(count(html, /<li><a href="\/summits\/alaska-2025\/(claims|sources)\//)).toBe(hits.length);
    expect(html).toMatch(/<mark>kesepakatan<\/mark>/i);
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    const attack = await page(`${summit}/search?q=${encodeURIComponent(hostile)}`);
    expect(attack.response.status).toBe(200);
    expect(attack.html).not.toContain("<script>");
    expect(attack.html).not.toContain("<img");
    expect(attack.html).toContain("&lt;script&gt;");
    const empty = await page(`${summit}/search?q=`);
    expect(empty.response.status).toBe(200);
    const tooLong = await page(`${summit}/search?q=${"kata ".repeat(13)}`);
    expect(tooLong.response.status).toBe(400);
    expect(tooLong.html).toContain("At most 12 words");
  });
});

describe("HTTP, as for the JSON", () => {
  it("never links another host from a path that starts with two slashes", async () => {
    const { response, html } = await page("//evil.example/x");
    expect(response.status).toBe(404);
    for (const href of hrefs(html)) expect(href).not.toMatch(/^\/\//);
    expect(hrefs(html)).toContain("/evil.example/x?lang=id");
  });

  it("answers a mistyped page with a 404 page that links the pages it may have meant", async () => {
    const { response, html } = await page(`${summit}/compar`);
    expect(response.status).toBe(404);
    expect(html).toContain('<h2 id="suggestions">Did you mean</h2>');
    const suggestions = html.slice(html.indexOf('id="suggestions"'));
    expect(hrefs(suggestions)[0]).toBe(`${summit}/compare`);
  });

  it("answers 304 by ETag and gzip to a client that takes it, per language", async () => {
    const path = `${summit}/timeline`;
    const first = await page(path, { "Accept-Encoding": "gzip" });
    expect(first.response.headers.get("content-encoding")).toBe("gzip");
    const etag = first.response.headers.get("etag") ?? "";
    expect((await page(path, { "Accept-Encoding": "gzip", "If-None-Match": etag })).response.status).toBe(
      304,
    );
    const id = await page(path, {
      "Accept-Encoding": "gzip",
      "Accept-Language": "id",
      "If-None-Match": etag,
    });
    expect(id.response.status).toBe(200);
    expect(id.html).toContain('<html lang="id">');
  });

  it("loads nothing from elsewhere and runs no script, under a strict policy", async () => {
    for (const path of ["/", `${summit}/compare`, `${summit}/sources/003`, `${summit}/claims/nope`]) {
      const { response, html } = await page(path);
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy, path).toContain("default-src 'none'");
      expect(policy, path).toContain("style-src 'self'");
      expect(policy, path).not.toMatch(/script-src|unsafe-inline/);
      expect(html, path).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
      for (const href of hrefs(html)) expect(href, path).toMatch(/^(\/|#)/);
    }
    const css = await app.request("/assets/reader.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await css.text()).toContain("prefers-color-scheme:dark");
  });

  it("refuses to answer a page to a client that takes only JSON, and unknown parameters", async () => {
    const json = await app.request(`${summit}/compare`, { headers: { Accept: "application/json" } });
    expect(json.status).toBe(406);
    expect((await page(`${summit}/compare?sids=russia`)).response.status).toBe(400);
    expect((await page(`${summit}/compare?lang=fr`)).html).toContain("Expected one of: en, id");
  });
});

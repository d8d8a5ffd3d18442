import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";
import { DatasetError } from "../errors.ts";
import { localize } from "../localize.ts";
import { getSummit, registerSummit, summitIds } from "../registry.ts";
import { search } from "../search/search.ts";
import { buildSummit, loadSummit } from "./build.ts";

// A summit that is not Alaska's: French sources with ids of their own, three sides, labels in
// French only, and no venue, format, duration or delegation stated. Made up for this test.
const texts = {
  "lemonde-1":
    "Paris, le 3 mars. Le président d'Aland, Durand, a déclaré : « Nous voulons la paix. »\nLes négociations avec la Bordurie ont échoué, selon Le Monde.",
  "afp-2":
    "Le ministre Martin, de Bordurie, a affirmé que les sanctions resteraient en place.\nDupont (Syldavie) a dit « peut-être » à l'accord.",
};
const review = { state: "reviewed", by: "second editor", on: "2026-11-30" };
const fr = (text: string) => ({ fr: text });
const summit = (extra: Record<string, unknown> = {}) => ({
  name: "summit.yaml",
  data: {
    review,
    summit: { id: "paris-2026", name: fr("Sommet de Paris"), participantIds: ["durand", "martin"] },
    actors: [
      { id: "aland", kind: "state", name: fr("Aland"), aliases: ["Aland"] },
      { id: "borduria", kind: "state", name: fr("Bordurie"), aliases: ["Bordurie"] },
      { id: "syldavia", kind: "state", name: fr("Syldavie"), aliases: ["Syldavie"] },
      {
        id: "durand",
        kind: "person",
        name: fr("Durand"),
        aliases: ["Durand"],
        roles: [
          {
            role: fr("président"),
            onBehalfOfId: "aland",
            evidence: [{ source: "lemonde-1", quote: "Le président d'Aland, Durand" }],
          },
        ],
      },
      {
        id: "martin",
        kind: "person",
        name: fr("Martin"),
        aliases: ["Martin"],
        roles: [
          {
            role: fr("ministre"),
            onBehalfOfId: "borduria",
            evidence: [{ source: "afp-2", quote: "Le ministre Martin, de Bordurie" }],
          },
        ],
      },
      {
        id: "dupont",
        kind: "person",
        name: fr("Dupont"),
        aliases: ["Dupont"],
        roles: [
          {
            role: fr("négociateur"),
            onBehalfOfId: "syldavia",
            evidence: [{ source: "afp-2", quote: "Dupont" }],
          },
        ],
      },
    ],
    issues: [
      { id: "peace", label: fr("la paix"), status: "discussed", evidence: [{ claim: "durand-wants-peace" }] },
      {
        id: "sanctions",
        label: fr("les sanctions"),
        status: "at-stake",
        evidence: [{ source: "afp-2", quote: "sanctions" }],
      },
    ],
    ...extra,
  },
});
const claim = (id: string, speaker: string, issue: string, evidence: string, extra = {}) => ({
  id,
  kind: "position",
  speakerIds: [speaker],
  attribution: "direct-quote",
  cue: "a déclaré",
  occasion: "at-summit",
  stances: { [issue]: "supports" },
  summary: fr(id),
  evidence: [evidence],
  ...extra,
});
const sources = (
  lemondeClaims: object[] = [
    claim("durand-wants-peace", "durand", "peace", "Durand, a déclaré : « Nous voulons la paix. »"),
  ],
) => [
  {
    name: "lemonde-1.yaml",
    data: { id: "lemonde-1", language: "fr", title: "Paris", review, claims: lemondeClaims },
  },
  {
    name: "afp-2.yaml",
    data: {
      id: "afp-2",
      language: "fr-FR",
      title: "AFP",
      review,
      claims: [
        claim(
          "martin-keeps-sanctions",
          "martin",
          "sanctions",
          "a affirmé que les sanctions resteraient en place",
          {
            attribution: "reported-speech",
            cue: "a affirmé",
          },
        ),
      ],
    },
  },
];

describe("buildSummit", () => {
  it("models a summit in another language, with its own source ids, sides and labels", async () => {
    const result = await buildSummit({ summit: summit(), sources: sources(), texts });
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    const { model } = result;
    expect(model.summit.venue).toBeUndefined();
    // Grounded where the quote stands, in code points.
    const wants = model.claim("durand-wants-peace");
    expect(wants.evidence[0]?.position.start).toBe(texts["lemonde-1"].indexOf("Durand,"));
    // The default comparison is the participants' sides, derived from the data.
    const comparison = compare(model);
    expect(comparison.columns.map((c) => c.id)).toEqual(["aland", "borduria"]);
    expect(localize(comparison.columns[0]?.name ?? {}, "en")).toBe("Aland");
    const threeSides = compare(model, { sides: ["Aland", "Bordurie", "Syldavie"] });
    expect(threeSides.columns).toHaveLength(3);
    // French word forms meet through Orama's French stemmer: "négociation" finds "négociations".
    const hits = search(model, "négociation");
    expect(hits[0]).toMatchObject({ kind: "source", id: "lemonde-1", language: "fr" });
  });

  it("reports every problem of every file in one run, each naming its file and fact", async () => {
    const result = await buildSummit({
      summit: summit(),
      sources: sources([
        claim("durand-wants-peace", "durand", "peace", "Durand, a déclaré : « Nous voulons la guerre. »"),
        claim("durand-narrates", "durand", "nowhere", "Paris", { attribution: "narration", occasion: null }),
      ]),
      texts,
    });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/durand-wants-peace.*quote not found in source "lemonde-1"/),
        expect.stringMatching(/durand-narrates.*unknown issue "nowhere"/),
        expect.stringMatching(/durand-narrates.*narration has no speaker/),
      ]),
    );
  });

  it("says which files do not have the shape of their schema", async () => {
    const broken = summit();
    (broken.data.summit as Record<string, unknown>).participantIds = "durand";
    const result = await buildSummit({
      summit: broken,
      sources: sources(),
      texts: new Map(Object.entries(texts)),
    });
    expect(result).toMatchObject({ ok: false, model: null });
    expect(result.problems.join("\n")).toMatch(/^summit\.yaml: summit\.participantIds: /m);
  });

  it("refuses drafts unless asked to build them", async () => {
    const draft = { ...review, state: "draft" };
    const files = sources();
    (files[1]?.data as Record<string, unknown>).review = draft;
    expect((await buildSummit({ summit: summit(), sources: files, texts })).problems).toEqual([
      expect.stringMatching(/martin-keeps-sanctions.*draft/),
    ]);
    expect((await buildSummit({ summit: summit(), sources: files, texts }, { allowDrafts: true })).ok).toBe(
      true,
    );
  });
});

describe("loadSummit and the registry", () => {
  it("loads a published dataset, registers it, and serves it beside the bundled summit", async () => {
    const built = await buildSummit({ summit: summit(), sources: sources(), texts });
    if (!built.ok) throw new Error(built.problems.join("\n"));
    const published = JSON.parse(JSON.stringify(built.model.dataset));
    const model = await loadSummit(published);
    registerSummit(model);
    expect(summitIds()).toEqual(["alaska-2025", "paris-2026"]);
    expect(getSummit("paris-2026")).toBe(model);
  });

  it("refuses a published dataset whose evidence is not where it says, listing every problem", async () => {
    const built = await buildSummit({ summit: summit(), sources: sources(), texts });
    if (!built.ok) throw new Error(built.problems.join("\n"));
    const tampered = JSON.parse(JSON.stringify(built.model.dataset));
    tampered.claims[0].evidence[0].position.start += 1;
    tampered.claims[1].evidence[0].quote.exact = "les sanctions tomberaient";
    const error = await loadSummit(tampered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    const problems = (error as DatasetError).problems.join("\n");
    expect(problems).toMatch(/claim \(durand-wants-peace\).*is at \d+, not at/);
    expect(problems).toMatch(/claim \(martin-keeps-sanctions\).*quote not found in source "afp-2"/);
  });
});

describe("the shared model", () => {
  it("cannot be changed by one caller for the next", () => {
    const model = getSummit("alaska-2025");
    const source = model.sources()[0];
    expect(() => {
      (source as { text: string }).text = "tampered";
    }).toThrow(TypeError);
    expect(() => (model.dataset.claims as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (model.claims()[0]?.summary as Record<string, string>).en = "tampered";
    }).toThrow(TypeError);
    expect(getSummit("alaska-2025").sources()[0]?.text).not.toBe("tampered");
  });

  it("is frozen all the way down", () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== "object") return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(getSummit("alaska-2025").dataset, "dataset");
    expect(unfrozen).toEqual([]);
  });
});

describe("localize", () => {
  it("falls back to the same language in another region, then English, then the first given", () => {
    expect(localize({ en: "peace", id: "damai" }, "id")).toBe("damai");
    expect(localize({ en: "peace", "pt-BR": "paz" }, "pt")).toBe("paz");
    expect(localize({ en: "peace", pt: "paz" }, "PT-br")).toBe("paz");
    expect(localize({ fr: "paix", en: "peace" }, "de")).toBe("peace");
    expect(localize({ fr: "paix", it: "pace" }, "de")).toBe("paix");
  });
});

/** @jsxImportSource hono/jsx */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { compare, getSummit, search } from "@parley/core";
import { fromQuery, invalidParameter } from "../http/problem.ts";
import { idList, refuseParameters, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { searchQuery } from "../routes/search.ts";
import { SummitParams } from "../schemas.ts";
import { ActorsPage } from "./actors.tsx";
import { READER_CSS } from "./assets/reader.css.ts";
import { ClaimPage } from "./claim.tsx";
import { ComparePage } from "./compare.tsx";
import { DiscrepanciesPage } from "./discrepancies.tsx";
import { LANGS } from "./i18n.ts";
import { STYLESHEET } from "./layout.tsx";
import { answerPage, readingOf } from "./page.ts";
import { jsonOf, pages, withQuery } from "./paths.ts";
import { SearchPage } from "./search.tsx";
import { SourcePage } from "./source.tsx";
import { TimelinePage } from "./timeline.tsx";

/** `?lang=`: the page's language, kept in its links; without it, Accept-Language chooses. */
export const lang = z.enum(LANGS).optional().openapi({
  description: "The language of the reader's page: en or id (JSON is the same in both).",
  example: "id",
});

const id = (name: string) =>
  z
    .string()
    .max(100)
    .openapi({ param: { name, in: "path" } });

// Pages are not part of the API's contract: hidden from the OpenAPI document, validated the same way.
const page = <Q extends z.core.$ZodLooseShape, P extends z.ZodObject>(path: string, params: P, query: Q) =>
  createRoute({
    method: "get",
    path,
    hide: true,
    request: { params, query: strictQuery({ ...query, lang }) },
    responses: { 200: { description: "A page of the reader." } },
  });

const HITS = 20;

/** The reader: server-rendered pages over the same model, one per kind of fact, and its stylesheet. */
export const readerRoutes = new OpenAPIHono()
  .openapi(
    page("/summits/{id}/compare", SummitParams, {
      issues: idList("The issues to compare; all when omitted.", "ceasefire"),
      sides: idList("Two or more sides.", "united-states,russia"),
      actors: idList("Two or more actors instead of sides.", "sergey-lavrov,marco-rubio"),
    }),
    (c) => {
      const model = getSummit(c.req.valid("param").id);
      const { lang, ...query } = c.req.valid("query");
      const reading = readingOf(c, lang);
      return answerPage(c, reading, jsonOf(withQuery(pages.compare(model.summit.id), query)), () => {
        const comparison = fromQuery(() => compare(model, query), {
          side: "sides",
          actor: "actors",
          issue: "issues",
        });
        return <ComparePage model={model} comparison={comparison} query={query} reading={reading} />;
      });
    },
  )
  .openapi(
    page("/summits/{id}/claims/{claimId}", SummitParams.extend({ claimId: id("claimId") }), {}),
    (c) => {
      const { id, claimId } = c.req.valid("param");
      const model = getSummit(id);
      const claim = model.claim(claimId);
      const reading = readingOf(c, c.req.valid("query").lang);
      return answerPage(c, reading, jsonOf(pages.claim(id, claim.id)), () => (
        <ClaimPage model={model} claim={claim} reading={reading} />
      ));
    },
  )
  .openapi(
    page("/summits/{id}/sources/{sourceId}", SummitParams.extend({ sourceId: id("sourceId") }), {}),
    (c) => {
      const { id, sourceId } = c.req.valid("param");
      const model = getSummit(id);
      const view = model.source(sourceId);
      const reading = readingOf(c, c.req.valid("query").lang);
      return answerPage(c, reading, jsonOf(pages.source(id, view.source.id)), () => (
        <SourcePage model={model} view={view} reading={reading} />
      ));
    },
  )
  .openapi(page("/summits/{id}/discrepancies", SummitParams, {}), (c) => {
    const model = getSummit(c.req.valid("param").id);
    const reading = readingOf(c, c.req.valid("query").lang);
    return answerPage(c, reading, jsonOf(pages.discrepancies(model.summit.id)), () => (
      <DiscrepanciesPage model={model} reading={reading} />
    ));
  })
  .openapi(page("/summits/{id}/timeline", SummitParams, {}), (c) => {
    const model = getSummit(c.req.valid("param").id);
    const reading = readingOf(c, c.req.valid("query").lang);
    return answerPage(c, reading, jsonOf(pages.timeline(model.summit.id)), () => (
      <TimelinePage model={model} reading={reading} />
    ));
  })
  .openapi(page("/summits/{id}/actors", SummitParams, {}), (c) => {
    const model = getSummit(c.req.valid("param").id);
    const reading = readingOf(c, c.req.valid("query").lang);
    return answerPage(c, reading, jsonOf(pages.actors(model.summit.id)), () => (
      <ActorsPage model={model} reading={reading} />
    ));
  })
  .openapi(
    page("/summits/{id}/search", SummitParams, {
      q: z
        .string()
        .max(1000)
        .optional()
        .openapi({ description: "The words to find; the form starts empty." }),
    }),
    (c) => {
      const model = getSummit(c.req.valid("param").id);
      const { q = "", lang } = c.req.valid("query");
      const reading = readingOf(c, lang);
      // An empty form is the search page itself; anything else is held to the API's caps.
      const words = q.trim();
      const checked = words === "" ? undefined : searchQuery(z.string()).safeParse(words);
      if (checked !== undefined && !checked.success) {
        throw invalidParameter("q", `q: ${checked.error.issues[0]?.message ?? "Invalid query."}`);
      }
      const json = words === "" ? undefined : jsonOf(withQuery(pages.search(model.summit.id), { q: words }));
      return answerPage(c, reading, json, () => (
        <SearchPage
          model={model}
          q={words}
          hits={words === "" ? [] : search(model, words, { limit: HITS })}
          reading={reading}
        />
      ));
    },
  )
  .get(STYLESHEET, (c) => {
    refuseParameters(c);
    return represent(c, negotiate(c, ["text/css"]), () => READER_CSS);
  });

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { codePointLength, getSummit } from "@parley/core";
import { SourceId } from "@parley/core/schema";
import { strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { SourceDetail, SourceSummary, SummitParams } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const listSources = createRoute({
  method: "get",
  path: "/v1/summits/{id}/sources",
  tags: ["Sources"],
  operationId: "listSources",
  summary: "The articles the model is built from, with their notes (without their text)",
  request: { params: SummitParams, query: strictQuery({}) },
  responses: { 200: json(z.object({ items: z.array(SourceSummary) }), "Every source."), ...problems },
});

const getSource = createRoute({
  method: "get",
  path: "/v1/summits/{id}/sources/{sourceId}",
  tags: ["Sources"],
  operationId: "getSource",
  summary: "One source with its full text and the span of every fact that quotes it",
  description: "Spans count Unicode code points, `start` included and `end` excluded (W3C Web Annotation).",
  request: {
    params: SummitParams.extend({
      sourceId: z
        .string()
        .max(100)
        .openapi({
          param: { name: "sourceId", in: "path" },
          description: SourceId.description ?? "A source id.",
          example: "003_541abc782ac656e9",
        }),
    }),
    query: strictQuery({}),
  },
  responses: { 200: json(SourceDetail, "The source and its spans."), ...problems },
});

export const sourceRoutes = new OpenAPIHono()
  .openapi(listSources, (c) => {
    const model = getSummit(c.req.valid("param").id);
    return represent(c, negotiate(c, ["application/json"]), () => ({
      items: model.sources().map(({ id, title, language, outletId, notes, text }) => ({
        id,
        title,
        language,
        ...(outletId === undefined ? {} : { outletId }),
        length: codePointLength(text),
        notes,
      })),
    }));
  })
  .openapi(getSource, (c) => {
    const { id, sourceId } = c.req.valid("param");
    const view = getSummit(id).source(sourceId);
    return represent(c, negotiate(c, ["application/json"]), () => view);
  });

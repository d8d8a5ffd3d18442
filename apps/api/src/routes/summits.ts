import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { getSummit, summitIds } from "@parley/core";
import { summitJsonLd } from "../export/json-ld.ts";
import { strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { Summit, SummitGraph, SummitList, SummitParams } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const listSummits = createRoute({
  method: "get",
  path: "/v1/summits",
  tags: ["Summits"],
  operationId: "listSummits",
  summary: "The summits Parley models",
  request: { query: strictQuery({}) },
  responses: {
    200: json(SummitList, "Every bundled summit."),
    400: problems[400],
    406: problems[406],
    414: problems[414],
  },
});

const getSummitRoute = createRoute({
  method: "get",
  path: "/v1/summits/{id}",
  tags: ["Summits"],
  operationId: "getSummit",
  summary: "One summit: date, place, venue, format, durations, delegations, issues",
  description:
    "Also available as schema.org JSON-LD (Event, Person, Claim, Quotation): send `Accept: application/ld+json`, or request `{id}.jsonld`.",
  request: { params: SummitParams, query: strictQuery({}) },
  responses: {
    200: {
      description: "The summit.",
      content: {
        "application/json": { schema: Summit },
        "application/ld+json": { schema: SummitGraph },
      },
    },
    ...problems,
  },
});

export const summitRoutes = new OpenAPIHono()
  .openapi(listSummits, (c) => {
    negotiate(c, ["application/json"]);
    return represent(c, "application/json", () => ({
      items: summitIds().map((id) => {
        const { summit } = getSummit(id);
        return {
          id,
          name: summit.name,
          date: summit.date?.value ?? null,
          place: summit.place?.label ?? null,
          links: { self: `/v1/summits/${id}` },
        };
      }),
    }));
  })
  .openapi(getSummitRoute, (c) => {
    const model = getSummit(c.req.valid("param").id);
    const type = negotiate(c, ["application/json", "application/ld+json"]);
    if (type === "application/ld+json") return represent(c, type, () => summitJsonLd(model));
    return represent(c, type, () => model.summit);
  });

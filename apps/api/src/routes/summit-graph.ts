import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { getSummit } from "@parley/core";
import { summitJsonLd } from "../export/json-ld.ts";
import { refuseParameters, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { SummitGraph, SummitParams } from "../schemas.ts";
import { problems } from "./responses.ts";

const getSummitGraphRoute = createRoute({
  method: "get",
  path: "/v1/summits/{id}.jsonld",
  tags: ["Summits"],
  operationId: "getSummitGraph",
  summary: "One summit as a schema.org JSON-LD graph",
  description:
    "The Event, every actor as a Person, Country or Organization, every issue, each source as a NewsArticle and each claim as a Claim with its Quotations. The suffix names the representation, whatever `Accept` says.",
  request: { params: SummitParams, query: strictQuery({}) },
  responses: {
    200: { description: "The graph.", content: { "application/ld+json": { schema: SummitGraph } } },
    ...problems,
  },
});

/**
 * `/v1/summits/{id}.jsonld`: a path of its own in the document, routed by hand since Hono cannot
 * route a parameter followed by a suffix in one segment. Mounted before the summit routes, whose
 * `{id}` would take "alaska-2025.jsonld" for an id, and outside the typed client's chain.
 */
export const summitGraphRoutes = new OpenAPIHono();
summitGraphRoutes.get("/v1/summits/:id{[^/]+\\.jsonld}", (c) => {
  refuseParameters(c);
  const model = getSummit(c.req.param("id").slice(0, -".jsonld".length));
  return represent(c, negotiate(c, ["application/ld+json"], "application/ld+json"), () =>
    summitJsonLd(model),
  );
});

summitGraphRoutes.openAPIRegistry.registerPath(getSummitGraphRoute);

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit, search } from "@parley/core";
import { listOf, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { SearchHit, SummitParams } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const searchRoute = createRoute({
  method: "get",
  path: "/v1/summits/{id}/search",
  tags: ["Search"],
  operationId: "search",
  summary: "Full-text search over claims and source paragraphs",
  description:
    'Indonesian word forms meet through their stems ("sepakat" finds "kesepakatan"); English summaries are searched too.',
  request: {
    params: SummitParams,
    query: strictQuery({
      q: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .openapi({ description: "The query.", example: "gencatan senjata" }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(200)
        .default(20)
        .openapi({ description: "At most this many hits.", example: 10 }),
      kind: listOf(z.enum(["claim", "source"]), "Only hits of these kinds.", "claim"),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(SearchHit) }), "Hits, best first."), ...problems },
});

export const searchRoutes = new OpenAPIHono().openapi(searchRoute, (c) => {
  const model = getSummit(c.req.valid("param").id);
  const { q, limit, kind } = c.req.valid("query");
  return represent(c, negotiate(c, ["application/json"]), () => ({
    items: search(model, q, { limit, ...(kind ? { kinds: kind } : {}) }),
  })) as never;
});

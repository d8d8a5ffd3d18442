import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit } from "@parley/core";
import { DateBasis } from "@parley/core/schema";
import { fromQuery } from "../http/problem.ts";
import { idList, listOf, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { SummitParams, TimelineEvent } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const listTimeline = createRoute({
  method: "get",
  path: "/v1/summits/{id}/timeline",
  tags: ["Timeline"],
  operationId: "listTimeline",
  summary: "Dated events the articles mention, earliest first",
  request: {
    params: SummitParams,
    query: strictQuery({
      basis: listOf(DateBasis, "Dates the text states, or dates Parley infers.", "stated"),
      actor: idList("Only events involving these actors.", "vladimir-putin"),
      source: idList("Only events with evidence in these sources.", "003"),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(TimelineEvent) }), "The matching events."),
    ...problems,
  },
});

export const timelineRoutes = new OpenAPIHono().openapi(listTimeline, (c) => {
  const model = getSummit(c.req.valid("param").id);
  const filter = c.req.valid("query");
  return represent(c, negotiate(c, ["application/json"]), () => ({
    items: fromQuery(() => model.timeline(filter)),
  }));
});

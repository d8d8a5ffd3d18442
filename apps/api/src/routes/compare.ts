import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { compare, getSummit } from "@parley/core";
import { fromQuery } from "../http/problem.ts";
import { idList, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { Comparison, SummitParams } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const compareRoute = createRoute({
  method: "get",
  path: "/v1/summits/{id}/compare",
  tags: ["Compare"],
  operationId: "compare",
  summary: "Positions side by side, one row per issue, gaps explicit",
  description:
    "Puts two or more sides (default: the United States and Russia) or actors side by side. A cell with no position in the sources has `gap: true` and no claims.",
  request: {
    params: SummitParams,
    query: strictQuery({
      issues: idList("The issues to compare; all when omitted.", "ceasefire,sanctions"),
      sides: idList("Two or more sides (id or name); not with `actors`.", "united-states,russia"),
      actors: idList("Two or more actors (id or name) instead of sides.", "sergey-lavrov,marco-rubio"),
    }),
  },
  responses: { 200: json(Comparison, "The comparison."), ...problems },
});

export const compareRoutes = new OpenAPIHono().openapi(compareRoute, (c) => {
  const model = getSummit(c.req.valid("param").id);
  const options = c.req.valid("query");
  return represent(c, negotiate(c, ["application/json"]), () =>
    fromQuery(() => compare(model, options), { side: "sides", actor: "actors", issue: "issues" }),
  ) as never;
});

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit } from "@parley/core";
import { Issue as CoreIssue } from "@parley/core/schema";
import { fromQuery } from "../http/problem.ts";
import { idList, listOf, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { Issue, SummitParams } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const listIssues = createRoute({
  method: "get",
  path: "/v1/summits/{id}/issues",
  tags: ["Issues"],
  operationId: "listIssues",
  summary: "The topics the sides take positions on",
  request: {
    params: SummitParams,
    query: strictQuery({
      status: listOf(CoreIssue.shape.status, "Discussed at the summit, or only at stake.", "discussed"),
      source: idList("Only issues with evidence in these sources.", "003"),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(Issue) }), "The matching issues."), ...problems },
});

export const issueRoutes = new OpenAPIHono().openapi(listIssues, (c) => {
  const model = getSummit(c.req.valid("param").id);
  const filter = c.req.valid("query");
  return represent(c, negotiate(c, ["application/json"]), () => ({
    items: fromQuery(() => model.issues(filter)),
  }));
});

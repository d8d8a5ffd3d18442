import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit } from "@parley/core";
import { OutcomeStatus } from "@parley/core/schema";
import { fromQuery } from "../http/problem.ts";
import { idList, listOf, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { Outcome, SummitParams } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const listOutcomes = createRoute({
  method: "get",
  path: "/v1/summits/{id}/outcomes",
  tags: ["Outcomes"],
  operationId: "listOutcomes",
  summary: "What the summit did or did not produce, with its status per the sources",
  request: {
    params: SummitParams,
    query: strictQuery({
      status: listOf(OutcomeStatus, "Only outcomes with these statuses.", "agreed,claimed"),
      issue: idList("Only outcomes about these issues.", "ceasefire"),
      source: idList("Only outcomes with evidence in these sources.", "003"),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(Outcome) }), "The matching outcomes."), ...problems },
});

export const outcomeRoutes = new OpenAPIHono().openapi(listOutcomes, (c) => {
  const model = getSummit(c.req.valid("param").id);
  const filter = c.req.valid("query");
  return represent(c, negotiate(c, ["application/json"]), () => ({
    items: fromQuery(() => model.outcomes(filter)),
  }));
});

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit } from "@parley/core";
import { DiscrepancyKind } from "@parley/core/schema";
import { fromQuery } from "../http/problem.ts";
import { idList, listOf, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { Discrepancy, SummitParams } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const listDiscrepancies = createRoute({
  method: "get",
  path: "/v1/summits/{id}/discrepancies",
  tags: ["Discrepancies"],
  operationId: "listDiscrepancies",
  summary: "Questions on which the sources differ, each variant with its sources",
  description:
    "Each discrepancy is a `contradiction` (the variants cannot all be true of the same fact) or a `framing` (the sources characterise the same thing differently).",
  request: {
    params: SummitParams,
    query: strictQuery({
      kind: listOf(
        DiscrepancyKind,
        "Only contradictions (the variants cannot all be true) or only framings (the sources characterise the same thing differently).",
        "contradiction",
      ),
      issue: idList("Only discrepancies about these issues.", "ceasefire"),
      source: idList("Only discrepancies with a variant from these sources.", "003"),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(Discrepancy) }), "The matching discrepancies."),
    ...problems,
  },
});

export const discrepancyRoutes = new OpenAPIHono().openapi(listDiscrepancies, (c) => {
  const model = getSummit(c.req.valid("param").id);
  const filter = c.req.valid("query");
  return represent(c, negotiate(c, ["application/json"]), () => ({
    items: fromQuery(() => model.discrepancies(filter)),
  }));
});

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { Attribution, ClaimKind, getSummit, Stance } from "@parley/core";
import type { Context } from "hono";
import { claimsCsv } from "../export/csv.ts";
import { fromQuery } from "../http/problem.ts";
import { decodeCursor, encodeCursor, idList, listOf, Pagination, strictQuery } from "../http/query.ts";
import { type MediaType, negotiate, represent } from "../http/representation.ts";
import { ClaimPage, SummitParams } from "../schemas.ts";
import { problems } from "./responses.ts";

const ClaimQuery = strictQuery({
  actor: idList("Claims these actors hold or report (id or name).", "sergey-lavrov"),
  side: idList("Claims held by an actor of these sides.", "russia"),
  issue: idList("Claims about these issues.", "ceasefire"),
  source: idList("Claims with evidence in these sources (id or 3-digit prefix).", "003"),
  attribution: listOf(Attribution, "How the source attributes the claim.", "direct-quote"),
  kind: listOf(ClaimKind, "Kinds of claim.", "position"),
  stance: listOf(Stance, "The holder's stance.", "opposes"),
  outcome: idList("Claims about these outcomes.", "follow-up-meeting"),
  ...Pagination,
});

const description =
  "Filters combine with AND; a comma-separated list matches any of its values. Also available as CSV (every matching claim, one row each, no pagination): send `Accept: text/csv` or request `claims.csv`.";

const csvContent = {
  "text/csv": { schema: z.string().openapi({ description: "RFC 4180 CSV with a header row." }) },
};

const listClaims = createRoute({
  method: "get",
  path: "/v1/summits/{id}/claims",
  tags: ["Claims"],
  operationId: "listClaims",
  summary: "Claims, filtered and paginated",
  description,
  request: { params: SummitParams, query: ClaimQuery },
  responses: {
    200: {
      description: "A page of matching claims.",
      content: { "application/json": { schema: ClaimPage }, ...csvContent },
    },
    ...problems,
  },
});

const listClaimsCsv = createRoute({
  method: "get",
  path: "/v1/summits/{id}/claims.csv",
  tags: ["Claims"],
  operationId: "exportClaimsCsv",
  summary: "Claims as CSV",
  description,
  request: { params: SummitParams, query: ClaimQuery },
  responses: { 200: { description: "Every matching claim.", content: csvContent }, ...problems },
});

type ClaimQuery = z.infer<typeof ClaimQuery>;

function answer(c: Context, id: string, query: ClaimQuery, type: MediaType) {
  const model = getSummit(id);
  const { limit, cursor, ...filter } = query;
  const offset = decodeCursor(cursor);
  return represent(c, type, () => {
    const claims = fromQuery(() => model.claims(filter));
    if (type === "text/csv") return claimsCsv(model, claims);
    const next = offset + limit;
    return {
      items: claims.slice(offset, next),
      total: claims.length,
      nextCursor: next < claims.length ? encodeCursor(next) : null,
    };
  });
}

export const claimRoutes = new OpenAPIHono()
  .openapi(listClaims, (c) => {
    const type = negotiate(c, ["application/json", "text/csv"]);
    return answer(c, c.req.valid("param").id, c.req.valid("query"), type) as never;
  })
  .openapi(
    listClaimsCsv,
    (c) => answer(c, c.req.valid("param").id, c.req.valid("query"), negotiate(c, ["text/csv"])) as never,
  );

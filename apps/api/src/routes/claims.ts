import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit, type SummitModel } from "@parley/core";
import { Attribution, ClaimKind, Occasion, Review, Stance } from "@parley/core/schema";
import type { Context } from "hono";
import { claimsCsv } from "../export/csv.ts";
import { fromQuery, invalidParameter } from "../http/problem.ts";
import { decodeCursor, encodeCursor, idList, listOf, Pagination, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { ClaimDetail, ClaimPage, SummitParams } from "../schemas.ts";
import { notesBeside } from "./notes.ts";
import { json, problems } from "./responses.ts";

const filters = {
  actor: idList("Claims these actors assert, are the subject of, or relay (id or name).", "sergey-lavrov"),
  speaker: idList("Claims these actors assert (id or name).", "sergey-lavrov"),
  subject: idList(
    "Claims about these actors' positions or actions (id or name); with `speaker`, what the speaker says about them.",
    "donald-trump",
  ),
  side: idList("Claims asserted by, or about, an actor of these sides.", "russia"),
  issue: idList("Claims taking a stance on these issues.", "ceasefire"),
  source: idList("Claims with evidence in these sources (id or 3-digit prefix).", "003"),
  attribution: listOf(Attribution, "How the source attributes the claim.", "partial-quote"),
  kind: listOf(ClaimKind, "Kinds of claim.", "position"),
  stance: listOf(
    Stance,
    "Claims taking these stances on some issue; with `issue`, on those issues.",
    "opposes",
  ),
  occasion: listOf(
    z.enum([...Occasion.options, "none"]),
    "When it was said, as the source places it; `none` for the journalist's narration, which has no occasion.",
    "press-conference",
  ),
  review: listOf(Review.shape.state, "Claims in these review states.", "reviewed"),
  outcome: idList("Claims about these outcomes.", "follow-up-meeting-in-moscow"),
};

const ClaimQuery = strictQuery({ ...filters, ...Pagination });
const ClaimCsvQuery = strictQuery(filters);

type ClaimFilter = z.infer<typeof ClaimCsvQuery>;

/**
 * Three parameters name actors, and the core's error names only the kind of id it did not find.
 * Each is resolved on its own first, in the order the core reads them, so that an unknown actor is
 * reported under the parameter that holds it.
 */
function resolveActors(model: SummitModel, query: Pick<ClaimFilter, "actor" | "speaker" | "subject">) {
  for (const parameter of ["actor", "speaker", "subject"] as const) {
    for (const ref of query[parameter] ?? []) {
      fromQuery(() => model.resolveActorId(ref), { actor: parameter });
    }
  }
}

const description =
  "Filters combine with AND; a comma-separated list matches any of its values. Also available as CSV: request `claims.csv` (whatever `Accept` says, as for `.jsonld`) or send `Accept: text/csv`. CSV is every matching claim, one row each: `limit` and `cursor` page JSON only, and a CSV request with them is a 400.";

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
  request: { params: SummitParams, query: ClaimCsvQuery },
  responses: { 200: { description: "Every matching claim.", content: csvContent }, ...problems },
});

const getClaim = createRoute({
  method: "get",
  path: "/v1/summits/{id}/claims/{claimId}",
  tags: ["Claims"],
  operationId: "getClaim",
  summary: "One claim, with the notes of its sources",
  request: {
    params: SummitParams.extend({
      claimId: z
        .string()
        .max(200)
        .openapi({
          param: { name: "claimId", in: "path" },
          description: "A claim id.",
          example: "trump-accepted-invitation-per-lavrov",
        }),
    }),
    query: strictQuery({}),
  },
  responses: { 200: json(ClaimDetail, "The claim."), ...problems },
});

/** The claims matching a filter, an unknown actor reported under the parameter that names it. */
function matching(model: SummitModel, filter: ClaimFilter) {
  resolveActors(model, filter);
  return fromQuery(() => model.claims(filter));
}

function csv(c: Context, id: string, filter: ClaimFilter) {
  const model = getSummit(id);
  // A file name, so that a browser saves it as CSV and a spreadsheet opens it as one (UTF-8 is
  // in the media type's charset).
  const disposition = `attachment; filename="${model.summit.id}-claims.csv"`;
  return represent(c, "text/csv", () => claimsCsv(model, matching(model, filter)), {
    "Content-Disposition": disposition,
  });
}

const NOT_PAGED =
  "CSV is every matching claim and is not paged: drop limit and cursor, or ask for JSON (Accept: application/json).";

export const claimRoutes = new OpenAPIHono()
  .openapi(listClaims, (c) => {
    const { limit, cursor, ...filter } = c.req.valid("query");
    const id = c.req.valid("param").id;
    if (negotiate(c, ["application/json", "text/csv"]) === "text/csv") {
      const paged = ["limit", "cursor"].find((name) => c.req.query(name) !== undefined);
      if (paged !== undefined) throw invalidParameter(paged, `${paged}: ${NOT_PAGED}`);
      return csv(c, id, filter);
    }
    const model = getSummit(id);
    const offset = decodeCursor(cursor, filter);
    return represent(c, "application/json", () => {
      const claims = matching(model, filter);
      const next = offset + limit;
      const items = claims.slice(offset, next);
      return {
        items,
        total: claims.length,
        nextCursor: next < claims.length ? encodeCursor(next, filter) : null,
        notes: notesBeside(model, items),
      };
    });
  })
  .openapi(listClaimsCsv, (c) => {
    negotiate(c, ["text/csv"], "text/csv");
    return csv(c, c.req.valid("param").id, c.req.valid("query"));
  })
  .openapi(getClaim, (c) => {
    const { id, claimId } = c.req.valid("param");
    const model = getSummit(id);
    const claim = model.claim(claimId);
    return represent(c, negotiate(c, ["application/json"]), () => ({
      claim,
      notes: notesBeside(model, [claim]),
    }));
  });

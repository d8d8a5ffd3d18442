import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { CELL_GROUPS, compare, getSummit } from "@parley/core";
import { fromQuery } from "../http/problem.ts";
import { idList, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { Comparison, SummitParams } from "../schemas.ts";
import { notesBeside } from "./notes.ts";
import { json, problems } from "./responses.ts";

const compareRoute = createRoute({
  method: "get",
  path: "/v1/summits/{id}/compare",
  tags: ["Compare"],
  operationId: "compare",
  summary: "Positions side by side, one row per issue, gaps explicit",
  description:
    "Puts two or more sides (default: the United States and Russia) or actors side by side, one row per issue. Each cell keeps apart what the column itself asserts (`own`: a speaker acts for it), what others, or the article's own narration, say it holds or did (`hearsay`), and what analysts read into it (`analysis`); each claim comes with its stance on the row's issue. A cell without a position of its own has `gap: true`, so absence is visible. `notes` are the source notes a reader needs beside these claims.",
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
  return represent(c, negotiate(c, ["application/json"]), () => {
    const comparison = fromQuery(() => compare(model, options), {
      side: "sides",
      actor: "actors",
      issue: "issues",
    });
    const claims = comparison.rows.flatMap((row) =>
      row.cells.flatMap((cell) => CELL_GROUPS.flatMap((group) => cell[group].map((placed) => placed.claim))),
    );
    return { ...comparison, notes: notesBeside(model, claims) };
  });
});

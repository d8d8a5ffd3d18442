import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { nearest } from "@parley/core";
import { unknownId } from "../http/problem.ts";
import { isProblemSlug, PROBLEM_SLUGS, PROBLEM_TYPES, problemTypeUri } from "../http/problem-types.ts";
import { strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { ProblemType } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const getProblemType = createRoute({
  method: "get",
  path: "/problems/{slug}",
  tags: ["Problems"],
  operationId: "getProblemType",
  summary: "What a problem type means",
  description:
    "Every problem document's `type` is a relative reference to one of these (resolve it against the request URL); dereferenced, it says what the problem means and which extension members it carries.",
  request: {
    params: z.object({
      slug: z
        .string()
        .max(100)
        .openapi({
          param: { name: "slug", in: "path" },
          description: `One of: ${PROBLEM_SLUGS.join(", ")}.`,
          example: "unknown-id",
        }),
    }),
    query: strictQuery({}),
  },
  responses: { 200: json(ProblemType, "The problem type."), ...problems },
});

export const problemRoutes = new OpenAPIHono().openapi(getProblemType, (c) => {
  const { slug } = c.req.valid("param");
  if (!isProblemSlug(slug)) {
    throw unknownId({
      kind: "problem type",
      id: slug,
      suggestions: nearest(slug, PROBLEM_SLUGS),
      message: `Unknown problem type "${slug}". Known: ${PROBLEM_SLUGS.join(", ")}.`,
    });
  }
  return represent(c, negotiate(c, ["application/json"]), () => ({
    type: problemTypeUri(slug),
    ...PROBLEM_TYPES[slug],
  })) as never;
});

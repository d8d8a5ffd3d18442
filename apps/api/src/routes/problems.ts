import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { nearest } from "@parley/core";
import { unknownId } from "../http/problem.ts";
import { isProblemSlug, PROBLEM_SLUGS, PROBLEM_TYPES, problemTypeUri } from "../http/problem-types.ts";
import { strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { ProblemType } from "../schemas.ts";
import { problems } from "./responses.ts";

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
  responses: {
    200: {
      description: "The problem type: JSON, or a page for a person who follows the link in a browser.",
      content: {
        "application/json": { schema: ProblemType },
        "text/html": { schema: z.string().openapi({ description: "The same, as a page." }) },
      },
    },
    ...problems,
  },
});

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? ch);

/** The description as a page: a problem type URI is documentation a person may open (RFC 9457 §3.1.1). */
function problemTypePage(type: string, description: { title: string; description: string; status?: number }) {
  const status = description.status === undefined ? "" : `<p>HTTP status ${description.status}.</p>`;
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(description.title)}</title><h1>${escapeHtml(description.title)}</h1><p><code>${escapeHtml(type)}</code></p>${status}<p>${escapeHtml(description.description)}</p><p><a href="/docs">API reference</a></p></html>`;
}

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
  const type = negotiate(c, ["application/json", "text/html"]);
  if (type === "text/html")
    return represent(c, type, () => problemTypePage(problemTypeUri(slug), PROBLEM_TYPES[slug]));
  return represent(c, type, () => ({ type: problemTypeUri(slug), ...PROBLEM_TYPES[slug] }));
});

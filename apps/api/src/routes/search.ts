import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit, search } from "@parley/core";
import { count, listOf, single, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { SearchHit, SummitParams } from "../schemas.ts";
import { json, problems } from "./responses.ts";

/**
 * What one search may cost: an uncached search runs per request, so its words and hits are
 * capped well below what would let a few clients hold the CPU (60–260 ms for 250 words and 200
 * hits before the caps). Real queries are a few words.
 */
const MAX_WORDS = 12;
export const MAX_HITS = 50;
const MAX_QUERY_LENGTH = 200;
const wordCount = (q: string) => q.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A search query within the caps; the MCP server's `search` takes the same. */
export const searchQuery = (text: z.ZodString) =>
  text
    .trim()
    .min(1)
    .max(MAX_QUERY_LENGTH)
    .refine((q) => wordCount(q) <= MAX_WORDS, {
      error: (issue) =>
        `At most ${MAX_WORDS} words; this query has ${wordCount(String(issue.input))}. Search for the words that matter.`,
    })
    .describe(`The query: at most ${MAX_QUERY_LENGTH} characters and ${MAX_WORDS} words.`);

const searchRoute = createRoute({
  method: "get",
  path: "/v1/summits/{id}/search",
  tags: ["Search"],
  operationId: "search",
  summary: "Full-text search over claims and source paragraphs",
  description:
    'Indonesian word forms meet through their stems ("sepakat" finds "kesepakatan"); English summaries are searched too.',
  request: {
    params: SummitParams,
    query: strictQuery({
      q: searchQuery(single("q")).openapi({
        description: `The query: at most ${MAX_QUERY_LENGTH} characters and ${MAX_WORDS} words.`,
        example: "gencatan senjata",
      }),
      limit: count("limit", MAX_HITS, 20, `At most this many hits (1–${MAX_HITS}).`),
      kind: listOf(z.enum(["claim", "source"]), "Only hits of these kinds.", "claim"),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(SearchHit) }), "Hits, best first."), ...problems },
});

export const searchRoutes = new OpenAPIHono().openapi(searchRoute, (c) => {
  const model = getSummit(c.req.valid("param").id);
  const { q, limit, kind } = c.req.valid("query");
  return represent(c, negotiate(c, ["application/json"]), () => ({
    items: search(model, q, { limit, ...(kind ? { kinds: kind } : {}) }),
  }));
});

import type { OpenAPIHono } from "@hono/zod-openapi";

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. It is
 * built once, on first request: the routes never change after `createApp()`.
 */
export function openApiDocument(app: OpenAPIHono) {
  let document: ReturnType<OpenAPIHono["getOpenAPI31Document"]> | undefined;
  return () => {
    document ??= withHttp(
      app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: {
          title: "Parley API",
          version: "1.0.0",
          description:
            "Who said what at the Trump–Putin Alaska summit, with the sentence that proves it. Read-only JSON resources over Parley's grounded model of the 15 August 2025 Alaska summit, built from five Indonesian news articles. Every error is an RFC 9457 problem document. The same model is served to AI assistants over the Model Context Protocol at `POST /mcp` (Streamable HTTP, stateless; not a REST resource, so not among the paths below): read-only tools (list_summits, list_issues, list_actors, compare_positions, search, get_claim, get_source, list_discrepancies, timeline), each source as a resource and a fact_check prompt, each answer with its verbatim evidence. An MCP client lists the tools and their input and output schemas there.",
          license: { name: "MIT", url: "https://opensource.org/license/mit" },
        },
        servers: [{ url: "/", description: "This server" }],
        security: [],
        tags: [
          { name: "Summits", description: "The summits Parley models." },
          { name: "Actors", description: "People, states and organisations, with their roles." },
          { name: "Issues", description: "The topics the sides take positions on." },
          { name: "Claims", description: "Positions, reports, assessments and facts, each with evidence." },
          { name: "Compare", description: "Sides or actors side by side, per issue." },
          { name: "Outcomes", description: "What the summit produced, per the sources." },
          { name: "Discrepancies", description: "Where the sources disagree: contradictions and framings." },
          { name: "Timeline", description: "Dated events the articles mention." },
          { name: "Sources", description: "The articles, with the spans the model quotes." },
          { name: "Search", description: "Full-text search, Indonesian-aware." },
          { name: "Problems", description: "What each problem type in an error answer means." },
        ],
      }),
    );
    return document;
  };
}

type Document = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;
type Operation = NonNullable<NonNullable<Document["paths"]>[string]["get"]>;

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** The headers the API sends, documented once and referenced by every response. */
const HEADERS: NonNullable<NonNullable<Document["components"]>["headers"]> = {
  ETag: {
    description:
      "A strong validator of this representation (a hash of its bytes); the gzipped one has its own. Weak (`W/`) on Workers, where the platform encodes the bytes.",
    schema: { type: "string" },
  },
  CacheControl: {
    description: "`public, max-age=3600, stale-while-revalidate=86400` on data; `no-store` on problems.",
    schema: { type: "string" },
  },
  Vary: {
    description: "`Accept, Accept-Encoding` where the answer depends on them.",
    schema: { type: "string" },
  },
  XRequestId: {
    description:
      "The client's X-Request-Id when it is a token of at most 255 of `[A-Za-z0-9_=-]`, else a fresh UUID.",
    schema: { type: "string" },
  },
  ContentEncoding: {
    description:
      "`gzip` for answers of 1 kB or more to a client whose Accept-Encoding prefers it; absent otherwise.",
    schema: { type: "string", enum: ["gzip"] },
  },
  Allow: { description: "`GET, HEAD, OPTIONS`: the API is read-only.", schema: { type: "string" } },
  AccessControlAllowMethods: { description: "`GET,HEAD,OPTIONS`.", schema: { type: "string" } },
  AccessControlMaxAge: { description: "`86400`: a preflight holds for a day.", schema: { type: "string" } },
};

const problemResponse = (description: string) => ({
  description,
  headers: { "X-Request-Id": ref("XRequestId"), "Cache-Control": ref("CacheControl") },
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/**
 * What the routes' own definitions do not say, added to every resource here rather than to each
 * route (where a bodiless status would widen the typed client's `json()` to `unknown`): the
 * headers of every answer, 304 and 412 for conditional requests, 500, and the HEAD and OPTIONS
 * operations. Any other method answers 405 with `Allow` (said in each path's description:
 * OpenAPI has no place for the methods a path does not have).
 */
function withHttp(document: Document): Document {
  document.components = { ...document.components, headers: HEADERS };
  for (const item of Object.values(document.paths ?? {})) {
    const get = item.get;
    if (get === undefined) continue;
    const responses = get.responses as Record<string, Record<string, unknown>>;
    for (const [status, response] of Object.entries(responses)) {
      response.headers =
        status === "200"
          ? {
              ETag: ref("ETag"),
              "Cache-Control": ref("CacheControl"),
              Vary: ref("Vary"),
              "Content-Encoding": ref("ContentEncoding"),
              "X-Request-Id": ref("XRequestId"),
            }
          : { "X-Request-Id": ref("XRequestId"), "Cache-Control": ref("CacheControl") };
    }
    responses["304"] = {
      description: "Not modified: `If-None-Match` names the current ETag. No body.",
      headers: {
        ETag: ref("ETag"),
        "Cache-Control": ref("CacheControl"),
        Vary: ref("Vary"),
        "X-Request-Id": ref("XRequestId"),
      },
    };
    responses["412"] = problemResponse("`If-Match` names no current ETag of this representation.");
    responses["500"] = problemResponse("The server failed; quote the X-Request-Id header when reporting it.");
    item.description =
      "Other methods than GET, HEAD and OPTIONS answer 405 with `Allow: GET, HEAD, OPTIONS`.";
    item.head = {
      ...get,
      operationId: `${get.operationId}Head`,
      summary: `Headers only: ${get.summary}`,
      responses: Object.fromEntries(
        Object.entries(responses).map(([status, { description, headers }]) => [
          status,
          { description, headers },
        ]),
      ) as Operation["responses"],
    };
    item.options = {
      tags: get.tags,
      operationId: `${get.operationId}Options`,
      summary: "The methods allowed here, and the CORS preflight",
      parameters: get.parameters?.filter((p) => "in" in p && p.in === "path"),
      responses: {
        204: {
          description:
            "Allowed; a preflight also gets what it asks for (any origin, these methods, its headers).",
          headers: {
            Allow: ref("Allow"),
            "Access-Control-Allow-Methods": ref("AccessControlAllowMethods"),
            "Access-Control-Max-Age": ref("AccessControlMaxAge"),
            "X-Request-Id": ref("XRequestId"),
          },
        },
        404: problemResponse("No resource at this path."),
      },
    };
  }
  return document;
}

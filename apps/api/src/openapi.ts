import type { OpenAPIHono } from "@hono/zod-openapi";

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. It is
 * built once, on first request: the routes never change after `createApp()`.
 */
export function openApiDocument(app: OpenAPIHono) {
  let document: ReturnType<OpenAPIHono["getOpenAPI31Document"]> | undefined;
  return () => {
    document ??= withNotModified(
      app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: {
          title: "Parley API",
          version: "1.0.0",
          description:
            "Who said what at the Trump–Putin Alaska summit, with the sentence that proves it. Read-only JSON resources over Parley's grounded model of the 15 August 2025 Alaska summit, built from five Indonesian news articles. Every error is an RFC 9457 problem document.",
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

/**
 * Every representation carries an ETag, so every GET can answer 304. It is added to the document
 * here rather than to each route, where a bodiless status would widen the typed client's
 * `json()` to `unknown` for every call.
 */
function withNotModified(document: Document): Document {
  for (const item of Object.values(document.paths ?? {})) {
    const responses = item.get?.responses;
    if (responses?.["200"] !== undefined) {
      responses["304"] = {
        description: "Not modified: `If-None-Match` names the current ETag. No body.",
      };
    }
  }
  return document;
}

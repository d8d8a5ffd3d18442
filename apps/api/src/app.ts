import { OpenAPIHono } from "@hono/zod-openapi";
import { except } from "hono/combine";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { AnswerCache, type Compression } from "./http/answer-cache.ts";
import { corsForReads, READ_METHODS, secureHeadersForData } from "./http/headers.ts";
import { notFound } from "./http/not-found.ts";
import { problemResponse, toProblem } from "./http/problem.ts";
import { requestTarget } from "./http/request-target.ts";
import { validationProblem } from "./http/validation.ts";
import { mcpRoutes } from "./mcp/http.ts";
import { openApiDocument } from "./openapi.ts";
import { pageAlternates } from "./pages/alternates.ts";
import { problemPages } from "./pages/problem-page.tsx";
import { readerRoutes } from "./pages/reader.tsx";
import { pageSecurity } from "./pages/security.ts";
import { actorRoutes } from "./routes/actors.ts";
import { claimRoutes } from "./routes/claims.ts";
import { compareRoutes } from "./routes/compare.ts";
import { discrepancyRoutes } from "./routes/discrepancies.ts";
import { docsRoutes } from "./routes/docs.ts";
import { indexRoutes } from "./routes/index.ts";
import { issueRoutes } from "./routes/issues.ts";
import { outcomeRoutes } from "./routes/outcomes.ts";
import { problemRoutes } from "./routes/problems.ts";
import { searchRoutes } from "./routes/search.ts";
import { sourceRoutes } from "./routes/sources.ts";
import { summitGraphRoutes } from "./routes/summit-graph.ts";
import { summitRoutes } from "./routes/summits.ts";
import { timelineRoutes } from "./routes/timeline.ts";

export interface AppOptions {
  /** Where repeated reads are answered from (default: a cache of the default size). */
  answers?: AnswerCache;
  /**
   * Who compresses answers (default "app": gzipped copies kept beside each answer). Workers say
   * "platform": Cloudflare re-encodes whatever the Worker sends by what the client accepts.
   */
  compression?: Compression;
}

/**
 * The whole API, independent of the runtime: every entry file (Node, Workers, Bun, Deno)
 * serves the app this returns.
 */
export function createApp(options: AppOptions = {}) {
  const app = new OpenAPIHono({ defaultHook: validationProblem });
  const answers = options.answers ?? new AnswerCache({ compression: options.compression ?? "app" });
  const cors = corsForReads();

  // Outermost, so that it keeps every answer with the headers the others add.
  app.use(answers.record());
  app.use(requestId());
  app.use(secureHeadersForData());
  // The reader: its pages' policy, problems as pages for a browser, and JSON naming its page.
  app.use(pageSecurity());
  app.use(problemPages());
  app.use(pageAlternates());
  // A preflight is answered only on a resource (below), so OPTIONS elsewhere is a 404.
  app.use(except((c) => c.req.method === "OPTIONS", cors));
  app.use(requestTarget());
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(c, {
          status: 405,
          slug: "method-not-allowed",
          // Every resource is read-only; /mcp, which takes POST, is the one path that is not a resource.
          detail: `${c.req.method} is not allowed on ${c.req.path.slice(0, 200)}${methods.includes("GET") ? "; this API is read-only" : ""}. Use ${methods.join(", ")}.`,
          headers: { Allow: methods.join(", ") },
        }),
    }),
  );

  app.route("/", summitGraphRoutes);
  const routes = app
    .route("/", indexRoutes)
    .route("/", summitRoutes)
    .route("/", actorRoutes)
    .route("/", issueRoutes)
    .route("/", claimRoutes)
    .route("/", compareRoutes)
    .route("/", outcomeRoutes)
    .route("/", discrepancyRoutes)
    .route("/", timelineRoutes)
    .route("/", sourceRoutes)
    .route("/", searchRoutes)
    .route("/", problemRoutes);

  app.route("/", docsRoutes(openApiDocument(app)));
  app.route("/", readerRoutes);
  // MCP over Streamable HTTP (POST /mcp), beside the REST routes rather than in their typed chain.
  app.route("/", mcpRoutes);

  // OPTIONS on every resource: its Allow, and the CORS preflight.
  const allow = READ_METHODS.join(", ");
  const resources = new Set(app.routes.filter((r) => r.method === "GET").map((r) => r.path));
  for (const path of resources) {
    app.options(path, (c, next) => {
      c.header("Allow", allow);
      return cors(c, next);
    });
  }

  app.notFound(notFound(() => app.routes));
  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem.status >= 500) console.error(error);
    return problemResponse(c, problem);
  });

  // Every runtime, and app.request() in tests, calls `fetch`: repeated reads are answered there.
  routes.fetch = answers.serve(routes.fetch);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;

import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import type { Context } from "hono";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { answerCache } from "./http/answer-cache.ts";
import { allowedMethods, methodGuard } from "./http/methods.ts";
import { Problem, type ProblemInit, problemResponse, toProblem } from "./http/problem.ts";
import { validationProblem } from "./http/validation.ts";
import { openApiDocument } from "./openapi.ts";
import { actorRoutes } from "./routes/actors.ts";
import { claimRoutes } from "./routes/claims.ts";
import { compareRoutes } from "./routes/compare.ts";
import { discrepancyRoutes } from "./routes/discrepancies.ts";
import { indexRoutes } from "./routes/index.ts";
import { issueRoutes } from "./routes/issues.ts";
import { outcomeRoutes } from "./routes/outcomes.ts";
import { problemRoutes } from "./routes/problems.ts";
import { searchRoutes } from "./routes/search.ts";
import { sourceRoutes } from "./routes/sources.ts";
import { summitRoutes } from "./routes/summits.ts";
import { timelineRoutes } from "./routes/timeline.ts";

/** Longer URLs are refused before routing: no legitimate query needs more. */
export const MAX_URL_LENGTH = 2048;
export const MAX_QUERY_LENGTH = 1024;

function guardUrlLength(c: Context): void {
  const url = c.req.url;
  const query = url.indexOf("?");
  const queryLength = query === -1 ? 0 : url.length - query - 1;
  if (url.length > MAX_URL_LENGTH || queryLength > MAX_QUERY_LENGTH) {
    throw new Problem({
      status: 414,
      slug: "uri-too-long",
      title: "URI too long",
      detail: `URLs are limited to ${MAX_URL_LENGTH} characters and query strings to ${MAX_QUERY_LENGTH}; this one has ${url.length} and ${queryLength}. Narrow the filters.`,
    });
  }
}

/**
 * The whole API, independent of the runtime: every entry file (Node, Workers, Bun, Deno)
 * serves the app this returns.
 */
export function createApp() {
  const app = new OpenAPIHono({ defaultHook: validationProblem });

  app.use(answerCache());
  app.use(async (c, next) => {
    guardUrlLength(c);
    await next();
  });
  app.use(requestId());
  // The headers that matter for a JSON API; the legacy browser ones (X-XSS-Protection,
  // X-Download-Options, ...) are left out, as every header costs on each answer.
  app.use(
    secureHeaders({
      crossOriginResourcePolicy: "cross-origin",
      xXssProtection: false,
      xDownloadOptions: false,
      xDnsPrefetchControl: false,
      xPermittedCrossDomainPolicies: false,
      originAgentCluster: false,
    }),
  );
  // Before CORS, which answers every OPTIONS itself: unknown paths stay 404s and known ones get `Allow`.
  app.use(methodGuard(() => app.routes));
  app.use(
    cors({
      origin: "*",
      allowMethods: ["GET", "HEAD", "OPTIONS"],
      exposeHeaders: ["ETag", "X-Request-Id", "Allow"],
      maxAge: 86400,
    }),
  );

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

  const document = openApiDocument(app);
  app.get("/openapi.json", (c) => c.json(document(), 200, { "Cache-Control": "public, max-age=3600" }));
  app.get("/docs", Scalar({ url: "/openapi.json", pageTitle: "Parley API" }));

  app.notFound((c) => {
    const allow = allowedMethods(app.routes, c.req.path);
    const problem: ProblemInit =
      allow !== undefined
        ? {
            status: 405,
            slug: "method-not-allowed",
            title: "Method not allowed",
            detail: `${c.req.method} is not allowed on ${c.req.path}; this API is read-only. Use ${allow}.`,
            headers: { Allow: allow },
          }
        : {
            status: 404,
            slug: "not-found",
            title: "Not found",
            detail: `No resource at ${c.req.path.slice(0, 200)}. Start from /v1/summits, or see /docs.`,
          };
    return problemResponse(c, problem);
  });

  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem.status >= 500) console.error(error);
    return problemResponse(c, problem);
  });

  return routes;
}

export type AppType = ReturnType<typeof createApp>;

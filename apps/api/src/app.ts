import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { AnswerCache } from "./http/answer-cache.ts";
import { envelope, notFound } from "./http/envelope.ts";
import { allowedMethods } from "./http/methods.ts";
import { type ProblemInit, problemResponse, toProblem } from "./http/problem.ts";
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

/**
 * The whole API, independent of the runtime: every entry file (Node, Workers, Bun, Deno)
 * serves the app this returns.
 */
export function createApp() {
  const app = new OpenAPIHono({ defaultHook: validationProblem });
  const answers = new AnswerCache();

  app.use(answers.record());
  app.use(envelope(() => app.routes));

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
        : notFound(c.req.path);
    return problemResponse(c, problem);
  });

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

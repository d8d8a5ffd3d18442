import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { summitIds } from "@parley/core";
import { strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { json, problems } from "./responses.ts";

const ApiIndex = z
  .object({
    name: z.string(),
    summits: z.array(z.string()),
    links: z.record(z.string(), z.string()),
  })
  .openapi("ApiIndex");

const index = createRoute({
  method: "get",
  path: "/",
  tags: ["Summits"],
  operationId: "getIndex",
  summary: "Where to start",
  request: { query: strictQuery({}) },
  responses: {
    200: json(ApiIndex, "Links to the resources."),
    400: problems[400],
    406: problems[406],
    414: problems[414],
  },
});

export const indexRoutes = new OpenAPIHono().openapi(index, (c) =>
  represent(c, negotiate(c, ["application/json"]), () => ({
    name: "Parley API",
    summits: summitIds(),
    links: { summits: "/v1/summits", openapi: "/openapi.json", docs: "/docs", mcp: "/mcp" },
  })),
);

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit, summitIds } from "@parley/core";
import { strictQuery } from "../http/query.ts";
import { represent } from "../http/representation.ts";
import { HomePage } from "../pages/home.tsx";
import { negotiateReading, readingOf, representPage } from "../pages/page.ts";
import { lang } from "../pages/reader.tsx";
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
  request: { query: strictQuery({ lang }) },
  responses: {
    200: {
      description: "Links to the resources; a browser (Accept: text/html) gets the reader's home page.",
      content: {
        ...json(ApiIndex, "").content,
        "text/html": { schema: z.string().openapi({ description: "The reader's home page." }) },
      },
    },
    400: problems[400],
    406: problems[406],
    414: problems[414],
  },
});

export const indexRoutes = new OpenAPIHono().openapi(index, (c) => {
  const reading = readingOf(c, c.req.valid("query").lang);
  // JSON first: a client that says nothing, or */*, gets the API's index as before.
  const type = negotiateReading(c, reading, ["application/json", "text/html"]);
  if (type === "text/html") {
    const model = getSummit(summitIds()[0] ?? "");
    return representPage(c, reading, "/", () => HomePage({ model, reading }));
  }
  return represent(c, type, () => ({
    name: "Parley API",
    summits: summitIds(),
    links: { summits: "/v1/summits", openapi: "/openapi.json", docs: "/docs", mcp: "/mcp", reader: "/" },
  }));
});

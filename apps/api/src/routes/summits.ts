import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit, summitIds } from "@parley/core";
import { summitJsonLd } from "../export/json-ld.ts";
import { strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { Summit, SummitList } from "../schemas.ts";
import { json, problems } from "./responses.ts";

const listSummits = createRoute({
  method: "get",
  path: "/v1/summits",
  tags: ["Summits"],
  operationId: "listSummits",
  summary: "The summits Parley models",
  request: { query: strictQuery({}) },
  responses: {
    200: json(SummitList, "Every bundled summit."),
    400: problems[400],
    406: problems[406],
    414: problems[414],
  },
});

const JSON_LD_SUFFIX = ".jsonld";

const getSummitRoute = createRoute({
  method: "get",
  path: "/v1/summits/{id}",
  tags: ["Summits"],
  operationId: "getSummit",
  summary: "One summit: date, place, venue, format, durations, delegations, issues",
  description:
    "Also available as schema.org JSON-LD (Event, Person, Claim, Quotation): send `Accept: application/ld+json` or append `.jsonld` to the id.",
  request: {
    params: z.object({
      id: z
        .string()
        .max(100)
        .openapi({
          param: { name: "id", in: "path" },
          description: "A summit id, optionally with `.jsonld` for the JSON-LD export.",
          example: "alaska-2025",
        }),
    }),
    query: strictQuery({}),
  },
  responses: {
    200: {
      description: "The summit.",
      content: {
        "application/json": { schema: Summit },
        "application/ld+json": {
          schema: z.object({}).passthrough().openapi({ description: "A schema.org JSON-LD graph." }),
        },
      },
    },
    ...problems,
  },
});

export const summitRoutes = new OpenAPIHono()
  .openapi(listSummits, (c) => {
    negotiate(c, ["application/json"]);
    return represent(c, "application/json", () => ({
      items: summitIds().map((id) => {
        const { summit } = getSummit(id);
        return {
          id,
          name: summit.name,
          date: summit.date?.value ?? null,
          place: summit.place?.label ?? null,
          links: { self: `/v1/summits/${id}` },
        };
      }),
    }));
  })
  .openapi(getSummitRoute, (c) => {
    const param = c.req.valid("param").id;
    const suffixed = param.endsWith(JSON_LD_SUFFIX);
    const model = getSummit(suffixed ? param.slice(0, -JSON_LD_SUFFIX.length) : param);
    const type = negotiate(
      c,
      ["application/json", "application/ld+json"],
      suffixed ? "application/ld+json" : undefined,
    );
    return represent(c, type, () => (type === "application/ld+json" ? summitJsonLd(model) : model.summit));
  });

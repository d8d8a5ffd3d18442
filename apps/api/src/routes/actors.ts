import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getSummit } from "@parley/core";
import { ActorKind } from "@parley/core/schema";
import { fromQuery } from "../http/problem.ts";
import { idList, listOf, strictQuery } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";
import { Actor, ActorDetail, SummitParams } from "../schemas.ts";
import { notesBeside } from "./notes.ts";
import { json, problems } from "./responses.ts";

const listActors = createRoute({
  method: "get",
  path: "/v1/summits/{id}/actors",
  tags: ["Actors"],
  operationId: "listActors",
  summary: "People, states, organisations and outlets the sources name",
  request: {
    params: SummitParams,
    query: strictQuery({
      kind: listOf(ActorKind, "Only actors of these kinds.", "person,state"),
      side: idList("Only actors acting for these sides (id or name).", "russia"),
      source: idList("Only actors named in these sources (id or 3-digit prefix).", "003"),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(Actor) }), "The matching actors."), ...problems },
});

const getActor = createRoute({
  method: "get",
  path: "/v1/summits/{id}/actors/{actorId}",
  tags: ["Actors"],
  operationId: "getActor",
  summary: "One actor, with roles and every claim they assert, are the subject of, or relay",
  request: {
    params: SummitParams.extend({
      actorId: z
        .string()
        .max(200)
        .openapi({
          param: { name: "actorId", in: "path" },
          description: "An actor id, or a name as the sources write it.",
          example: "sergey-lavrov",
        }),
    }),
    query: strictQuery({}),
  },
  responses: { 200: json(ActorDetail, "The actor."), ...problems },
});

export const actorRoutes = new OpenAPIHono()
  .openapi(listActors, (c) => {
    const model = getSummit(c.req.valid("param").id);
    const filter = c.req.valid("query");
    return represent(c, negotiate(c, ["application/json"]), () => ({
      items: fromQuery(() => model.actors(filter)),
    }));
  })
  .openapi(getActor, (c) => {
    const { id, actorId } = c.req.valid("param");
    const model = getSummit(id);
    const actor = model.actor(actorId);
    return represent(c, negotiate(c, ["application/json"]), () => {
      const claims = model.claims({ actor: actor.id });
      return { actor, side: model.sideOf(actor.id), claims, notes: notesBeside(model, claims) };
    });
  });

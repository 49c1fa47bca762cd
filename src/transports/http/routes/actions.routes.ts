import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  markActionDone,
  skipAction,
  skipActionInput,
  snoozeAction,
  snoozeActionInput,
} from "../../../use-cases/planning/change-action-status.js";
import { getAgenda } from "../../../use-cases/planning/get-agenda.js";
import type { HttpEnv } from "../http-env.js";
import { idParams, jsonBody, ok } from "../route-helpers.js";
import { actionSchema } from "../schemas/domain.schemas.js";
import { agendaSchema } from "../schemas/views.schemas.js";

export const agendaQuery = z.object({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(90)
    .optional()
    .openapi({ param: { name: "days", in: "query" }, example: 14 }),
});

const actionParams = idParams("act_0123456789abcdefghjkmnpq");

export function registerActionRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/agenda",
      tags: ["plan"],
      summary: "Today (R26): overdue, due today and upcoming follow-ups, each with its why",
      request: { query: agendaQuery },
      responses: ok(agendaSchema, "The agenda"),
    }),
    async (c) => c.json(await getAgenda(c.get("ctx"), c.req.valid("query").days), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actions/{id}/done",
      tags: ["plan"],
      summary: "Mark a follow-up done (R26); it stays done whatever the plan does later",
      request: { params: actionParams },
      responses: ok(actionSchema, "The action"),
    }),
    async (c) => c.json(await markActionDone(c.get("ctx"), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actions/{id}/skip",
      tags: ["plan"],
      summary: "Skip a follow-up, saying why",
      request: { params: actionParams, body: jsonBody(skipActionInput) },
      responses: ok(actionSchema, "The action"),
    }),
    async (c) =>
      c.json(await skipAction(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actions/{id}/snooze",
      tags: ["plan"],
      summary: "Move an open follow-up to a later day (YYYY-MM-DD)",
      request: { params: actionParams, body: jsonBody(snoozeActionInput) },
      responses: ok(actionSchema, "The action"),
    }),
    async (c) =>
      c.json(await snoozeAction(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  );
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  markActionDone,
  skipAction,
  skipActionInput,
  snoozeAction,
  snoozeActionInput,
} from "../../../use-cases/planning/change-action-status.js";
import { AGENDA_GROUPS, getTodayAgenda } from "../../../use-cases/planning/get-today-agenda.js";
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
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .openapi({
      param: { name: "limit", in: "query" },
      description: "At most this many follow-ups per group (every one when absent)",
      example: 25,
    }),
  group: z
    .enum(AGENDA_GROUPS)
    .optional()
    .openapi({
      param: { name: "group", in: "query" },
      description: "Only this group, from offset on: the next page of a long group",
    }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .openapi({ param: { name: "offset", in: "query" }, example: 25 }),
});

const actionParams = idParams("act_0123456789abcdefghjkmnpq");

export function registerActionRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/agenda",
      operationId: "getAgenda",
      tags: ["plan"],
      summary:
        "Today (R26): the counts of overdue, due today and upcoming follow-ups, and a page of each with its why",
      request: { query: agendaQuery },
      responses: ok(agendaSchema, "The agenda"),
    }),
    async (c) => c.json(await getTodayAgenda(c.get("ctx"), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actions/{id}/done",
      operationId: "markDone",
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
      operationId: "skip",
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
      operationId: "snooze",
      tags: ["plan"],
      summary: "Move an open follow-up to a later day (YYYY-MM-DD)",
      request: { params: actionParams, body: jsonBody(snoozeActionInput) },
      responses: ok(actionSchema, "The action"),
    }),
    async (c) =>
      c.json(await snoozeAction(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  );
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { addInterview, addInterviewInput } from "../../../use-cases/interviews/add-interview.js";
import {
  editInterview,
  editInterviewChanges,
} from "../../../use-cases/interviews/edit-interview.js";
import { listInterviews } from "../../../use-cases/interviews/list-interviews.js";
import { showInterview } from "../../../use-cases/interviews/show-interview.js";
import { showPlan } from "../../../use-cases/planning/show-plan.js";
import type { HttpEnv } from "../http-env.js";
import { created, idParams, jsonBody, ok } from "../route-helpers.js";
import { interviewSchema } from "../schemas/domain.schemas.js";
import {
  addedInterviewSchema,
  interviewDetailSchema,
  interviewSummarySchema,
  planSchema,
} from "../schemas/views.schemas.js";

export function registerInterviewRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/interviews",
      operationId: "listInterviews",
      tags: ["interviews"],
      summary: "Every interview, newest first, with its company and role",
      responses: ok(z.array(interviewSummarySchema), "The interviews"),
    }),
    async (c) => c.json(await listInterviews(c.get("ctx")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/interviews",
      operationId: "addInterview",
      tags: ["interviews"],
      summary: "Record an interview (R3: the timeline as said) and plan its follow-ups",
      request: { body: jsonBody(addInterviewInput) },
      responses: created(addedInterviewSchema, "The interview, its company and application"),
    }),
    async (c) => c.json(await addInterview(c.get("ctx"), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/interviews/{id}",
      operationId: "getInterview",
      tags: ["interviews"],
      summary: "One interview with its people, notes, events, correspondence and plan",
      request: { params: idParams("iv_0123456789abcdefghjkmnpq") },
      responses: ok(interviewDetailSchema, "The interview"),
    }),
    async (c) => c.json(await showInterview(c.get("ctx"), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/interviews/{id}/plan",
      operationId: "getPlan",
      tags: ["plan"],
      summary: "The follow-ups planned for an interview, each with its rules and why",
      request: { params: idParams("iv_0123456789abcdefghjkmnpq") },
      responses: ok(planSchema, "The plan, soonest first"),
    }),
    async (c) => c.json({ actions: await showPlan(c.get("ctx"), c.req.valid("param").id) }, 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/interviews/{id}",
      operationId: "editInterview",
      tags: ["interviews"],
      summary:
        "Correct an interview: its time and zone, format, place, timeline as said (R3), how it felt; the company is re-planned (R16)",
      request: {
        params: idParams("iv_0123456789abcdefghjkmnpq"),
        body: jsonBody(editInterviewChanges),
      },
      responses: ok(interviewSchema, "The interview as it is now"),
    }),
    async (c) =>
      c.json(
        await editInterview(c.get("ctx"), { ...c.req.valid("json"), id: c.req.valid("param").id }),
        200,
      ),
  );
}

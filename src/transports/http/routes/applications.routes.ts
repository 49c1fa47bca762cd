import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { showApplication } from "../../../use-cases/applications/show-application.js";
import type { HttpEnv } from "../http-env.js";
import { idParams, ok } from "../route-helpers.js";
import { applicationDetailSchema } from "../schemas/views.schemas.js";

export function registerApplicationRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/applications/{id}",
      operationId: "getApplication",
      tags: ["applications"],
      summary:
        "One application as a timeline (R25): interviews, events, correspondence and follow-ups, past and planned",
      request: { params: idParams("ap_0123456789abcdefghjkmnpq") },
      responses: ok(applicationDetailSchema, "The application"),
    }),
    async (c) => c.json(await showApplication(c.get("ctx"), c.req.valid("param").id), 200),
  );
}

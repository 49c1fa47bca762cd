import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { listDeleted, restoreDeleted } from "../../../use-cases/trash/restore-deleted.js";
import type { HttpEnv } from "../http-env.js";
import { idParams, ok } from "../route-helpers.js";
import { trashEntrySchema } from "../schemas/views.schemas.js";

// Recently deleted records: a delete in the web app can be undone.
export function registerTrashRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/trash",
      operationId: "listDeleted",
      tags: ["trash"],
      summary: "Recently deleted records, newest first",
      responses: ok(z.array(trashEntrySchema), "The recently deleted"),
    }),
    async (c) => c.json(await listDeleted(c.get("ctx")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/trash/{id}/restore",
      operationId: "restoreDeleted",
      tags: ["trash"],
      summary: "Undo a delete: the record comes back as it was, and the company is re-planned",
      request: { params: idParams("nt_0123456789abcdefghjkmnpq") },
      responses: ok(trashEntrySchema, "The restored record"),
    }),
    async (c) => c.json(await restoreDeleted(c.get("ctx"), c.req.valid("param").id), 200),
  );
}

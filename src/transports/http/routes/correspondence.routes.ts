import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { deleteCorrespondence } from "../../../use-cases/correspondence/delete-correspondence.js";
import {
  editCorrespondence,
  editCorrespondenceChanges,
} from "../../../use-cases/correspondence/edit-correspondence.js";
import type { HttpEnv } from "../http-env.js";
import { idParams, jsonBody, ok } from "../route-helpers.js";
import { correspondenceSchema } from "../schemas/domain.schemas.js";
import { trashEntrySchema } from "../schemas/views.schemas.js";

// Correcting the correspondence log (R25): a logged message is edited or deleted by its own id.
const correspondenceParams = idParams("cr_0123456789abcdefghjkmnpq");

export function registerCorrespondenceRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/correspondence/{id}",
      operationId: "editCorrespondence",
      tags: ["correspondence"],
      summary:
        "Correct a logged message: direction, channel, time, words, people, interview; its reply event follows and the company is re-planned (R16)",
      request: { params: correspondenceParams, body: jsonBody(editCorrespondenceChanges) },
      responses: ok(correspondenceSchema, "The message as it is now"),
    }),
    async (c) =>
      c.json(
        await editCorrespondence(c.get("ctx"), {
          ...c.req.valid("json"),
          id: c.req.valid("param").id,
        }),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/correspondence/{id}",
      operationId: "deleteCorrespondence",
      tags: ["correspondence"],
      summary:
        "Delete a logged message; it waits among the recently deleted with its links. One that fulfilled a follow-up needs ?confirm=true: without it, 409 says what happens to that follow-up",
      request: {
        params: correspondenceParams,
        query: z.object({
          confirm: z
            .enum(["true", "false"])
            .optional()
            .openapi({ param: { name: "confirm", in: "query" }, example: "true" }),
        }),
      },
      responses: ok(trashEntrySchema, "The deleted message, as it can be restored"),
    }),
    async (c) =>
      c.json(
        await deleteCorrespondence(c.get("ctx"), {
          id: c.req.valid("param").id,
          confirm: c.req.valid("query").confirm === "true",
        }),
        200,
      ),
  );
}

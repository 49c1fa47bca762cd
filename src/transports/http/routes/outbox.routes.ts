import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  approveAndQueue,
  approveAndQueueInput,
} from "../../../use-cases/sending/approve-and-queue.js";
import { listOutbox } from "../../../use-cases/sending/list-outbox.js";
import type { HttpEnv } from "../http-env.js";
import { idParams, jsonBody, ok } from "../route-helpers.js";
import { outboxViewSchema, queueResultSchema } from "../schemas/outbox.schemas.js";

export const queueBody = approveAndQueueInput.omit({ actionId: true });

export function registerOutboxRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actions/{id}/queue",
      operationId: "queue",
      tags: ["sending"],
      summary:
        "Approve an email follow-up as edited and queue it; the worker sends it in the recipient's business hours (needs SMTP settings)",
      request: { params: idParams("act_0123456789abcdefghjkmnpq"), body: jsonBody(queueBody) },
      responses: ok(queueResultSchema, "The outbox entry (the existing one if queued before)"),
    }),
    async (c) => {
      const { entry, created } = await approveAndQueue(c.get("ctx"), {
        ...c.req.valid("json"),
        actionId: c.req.valid("param").id,
      });
      const { raw: _raw, body: _body, accountId: _account, ...view } = entry;
      return c.json({ entry: view, created }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/outbox",
      operationId: "listOutbox",
      tags: ["sending"],
      summary: "Every message queued, sending, sent, failed or cancelled, newest first",
      responses: ok(z.array(outboxViewSchema), "The outbox"),
    }),
    async (c) => c.json(await listOutbox(c.get("ctx")), 200),
  );
}

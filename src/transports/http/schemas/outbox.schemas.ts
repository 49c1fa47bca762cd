import { z } from "@hono/zod-openapi";
import { OUTBOX_STATES } from "../../../store/repositories/outbox.repository.js";

/** A queued message as shown back: never its raw bytes or body. */
export const outboxViewSchema = z
  .object({
    id: z.string(),
    idempotencyKey: z.string(),
    actionId: z.string().nullable(),
    kind: z.enum(["action", "digest"]),
    messageId: z.string(),
    fromAddress: z.string(),
    toAddress: z.string(),
    subject: z.string(),
    state: z.enum(OUTBOX_STATES),
    attempts: z.number().int(),
    sendAt: z.string(),
    nextAttemptAt: z.string(),
    lockedBy: z.string().nullable(),
    lockedUntil: z.string().nullable(),
    lastError: z.string().nullable(),
    smtpResponse: z.string().nullable(),
    sentAt: z.string().nullable(),
    correspondenceId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("OutboxEntry");

export const queueResultSchema = z
  .object({ entry: outboxViewSchema, created: z.boolean() })
  .openapi("QueueResult");

import { listOutboxEntries, type OutboxEntry } from "../../store/repositories/outbox.repository.js";
import type { UseCaseContext } from "../context.js";

export type OutboxView = Omit<OutboxEntry, "raw" | "body" | "accountId">;

/** Every message queued, sending, sent, failed or cancelled, newest first, without the bodies. */
export async function listOutbox(ctx: UseCaseContext): Promise<OutboxView[]> {
  const entries = await listOutboxEntries(ctx.db, ctx.accountId);
  return entries.map(({ raw: _raw, body: _body, accountId: _account, ...view }) => view);
}

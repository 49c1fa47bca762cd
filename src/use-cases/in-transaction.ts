import type { UseCaseContext } from "./context.js";

/**
 * Runs `work` all-or-nothing: on any error nothing it wrote is kept. Inside a transaction already
 * (a use case calling another, e.g. a mail import logging each message), it joins that one, so
 * the outer call stays all-or-nothing too.
 */
export async function inTransaction<T>(
  ctx: UseCaseContext,
  work: (tx: UseCaseContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}

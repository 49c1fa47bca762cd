import { retryWhileBusy } from "../store/store-busy.js";
import type { UseCaseContext } from "./context.js";

/**
 * Runs `work` all-or-nothing: on any error nothing it wrote is kept. Inside a transaction already
 * (a use case calling another, e.g. a mail import logging each message), it joins that one, so
 * the outer call stays all-or-nothing too. The outermost transaction runs again when another
 * writer got in the way (a PostgreSQL deadlock or serialization failure, SQLite busy): nothing
 * of the failed attempt was kept, and `work` only touches the store, so running it again is safe.
 */
export async function inTransaction<T>(
  ctx: UseCaseContext,
  work: (tx: UseCaseContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return retryWhileBusy(() => ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx })));
}

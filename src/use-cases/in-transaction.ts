import type { UseCaseContext } from "./context.js";

/** Runs `work` all-or-nothing: on any error nothing it wrote is kept. */
export async function inTransaction<T>(
  ctx: UseCaseContext,
  work: (tx: UseCaseContext) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}

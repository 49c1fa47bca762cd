import { AppError } from "../../errors/app-error.js";
import { recordAudit } from "../../store/repositories/audit-log.repository.js";
import { deleteAccountSession } from "../../store/repositories/auth-account.repository.js";
import type { UseCaseContext } from "../context.js";

/**
 * Signs one of the account's sessions out at once (no cookie cache: its next request is
 * refused). Another account's session answers exactly like one that does not exist.
 */
export async function endSession(ctx: UseCaseContext, sessionId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteAccountSession(trx, ctx.accountId, sessionId)))
      throw new AppError("NOT_FOUND", "That session is not one of yours, or it has ended.", {
        field: "id",
        accepted: "the id of a session listed on your account page",
      });
    await recordAudit(trx, {
      accountId: ctx.accountId,
      event: "session-ended",
      outcome: "ok",
      ipAddress: null,
      userAgent: null,
      detail: null,
      at: ctx.now(),
    });
  });
}

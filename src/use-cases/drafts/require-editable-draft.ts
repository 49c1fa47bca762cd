import type { FollowUpAction } from "../../core/domain/types.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { getAction } from "../../store/repositories/action.repository.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import { findOutboxByKey } from "../../store/repositories/outbox.repository.js";
import type { UseCaseContext } from "../context.js";
import { actionOutboxKey } from "../sending/approve-and-queue.js";

const OPEN = "a follow-up still to do (see Today)";

/**
 * The action whose draft may still change: not sent, done, skipped or cancelled, and not queued
 * in the outbox (its bytes are fixed there). Holds the company's plan first, as sending does, so
 * a save never lands on an action being sent at the same moment.
 */
export async function requireEditableDraft(
  tx: UseCaseContext,
  actionId: string,
): Promise<FollowUpAction> {
  const seen = await getAction(tx.db, tx.accountId, actionId);
  if (!seen) throw notFound("follow-up action", "action");
  await lockCompanyPlanOfInterview(tx.db, tx.accountId, seen.interviewId);
  const action = await getAction(tx.db, tx.accountId, actionId);
  if (!action) throw notFound("follow-up action", "action");
  if (["sent", "done", "skipped", "cancelled"].includes(action.status)) {
    const what =
      action.status === "cancelled"
        ? "is no longer in the plan"
        : action.status === "skipped"
          ? "was skipped"
          : `is already ${action.status}: its text is on record`;
    throw new AppError("CONFLICT", `This follow-up ${what}, so its draft can no longer change.`, {
      field: "action",
      accepted: OPEN,
    });
  }
  const queued = await findOutboxByKey(tx.db, tx.accountId, actionOutboxKey(action.id));
  if (queued && queued.state !== "cancelled") {
    throw new AppError(
      "CONFLICT",
      `This message is in the outbox (${queued.state}), so its text is fixed and can no longer change.`,
      { field: "action", accepted: OPEN },
    );
  }
  return action;
}

import { type FollowUpAction, SETTLED_ACTION_STATUSES } from "../../core/domain/types.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { getAction } from "../../store/repositories/action.repository.js";
import type { UseCaseContext } from "../context.js";

/** The action, if it can still be acted on; a settled or cancelled one is a conflict. */
export async function requireOpenAction(
  ctx: UseCaseContext,
  id: string,
  verb: string,
): Promise<FollowUpAction> {
  const action = await getAction(ctx.db, ctx.accountId, id);
  if (!action) throw notFound("follow-up action", "action");
  if (SETTLED_ACTION_STATUSES.includes(action.status) || action.status === "cancelled") {
    throw new AppError("CONFLICT", `Cannot ${verb} action ${id}: it is already ${action.status}.`, {
      field: "action",
      accepted: "an action that is planned, drafted or approved (see `followthrough agenda`)",
    });
  }
  return action;
}

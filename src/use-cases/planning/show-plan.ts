import type { FollowUpAction } from "../../core/domain/types.js";
import { listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import type { UseCaseContext } from "../context.js";
import { requireInterview } from "../interviews/show-interview.js";

/** The stored plan of one interview, soonest first: open and settled actions, not the cancelled. */
export async function showPlan(
  ctx: UseCaseContext,
  interviewId: string,
): Promise<FollowUpAction[]> {
  await requireInterview(ctx, interviewId);
  const actions = await listActionsOfInterviews(ctx.db, ctx.accountId, [interviewId]);
  return actions.filter((a) => a.status !== "cancelled");
}

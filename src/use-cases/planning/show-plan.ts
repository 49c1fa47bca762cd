import type { FollowUpAction } from "../../core/domain/types.js";
import { listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import { listParticipants } from "../../store/repositories/contact.repository.js";
import type { UseCaseContext } from "../context.js";
import { requireInterview } from "../interviews/show-interview.js";

export type PlannedAction = FollowUpAction & { contactName: string | null };

/** The stored plan of one interview, soonest first: open and settled actions, not the cancelled. */
export async function showPlan(ctx: UseCaseContext, interviewId: string): Promise<PlannedAction[]> {
  await requireInterview(ctx, interviewId);
  const [actions, people] = await Promise.all([
    listActionsOfInterviews(ctx.db, ctx.accountId, [interviewId]),
    listParticipants(ctx.db, ctx.accountId, interviewId),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return actions
    .filter((a) => a.status !== "cancelled")
    .map((a) => ({ ...a, contactName: a.contactId ? (names.get(a.contactId) ?? null) : null }));
}

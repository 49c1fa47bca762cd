import { DateTime } from "luxon";
import { z } from "zod";
import type { FollowUpAction } from "../../core/domain/types.js";
import { parseLocalDate } from "../../core/time/parse-local-date.js";
import { invalidInput } from "../../errors/app-error.js";
import { getAction, updateAction } from "../../store/repositories/action.repository.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { text } from "../schemas.js";
import { replanInterviewCompany } from "./replan-interview-company.js";
import { requireOpenAction } from "./require-open-action.js";

/** The user did it (R26): it stays done whatever happens to the plan later. */
export async function markActionDone(ctx: UseCaseContext, id: string): Promise<FollowUpAction> {
  return settle(ctx, id, "mark done", (a) => ({ ...a, status: "done", doneAt: ctx.now() }));
}

export const skipActionInput = z.object({ reason: text(500) });

/** The user chose not to do it, and said why. */
export async function skipAction(
  ctx: UseCaseContext,
  id: string,
  raw: { reason?: string },
): Promise<FollowUpAction> {
  const { reason } = parseInput(skipActionInput, raw);
  return settle(ctx, id, "skip", (a) => ({ ...a, status: "skipped", skipReason: reason }));
}

export const snoozeActionInput = z.object({ until: text(20) });

/**
 * Moves an open action to a later day; re-planning keeps it there. The snooze is stored as an
 * instant: 09:00 on that day in the recipient's zone, when the working day starts.
 */
export async function snoozeAction(
  ctx: UseCaseContext,
  id: string,
  raw: { until?: string },
): Promise<FollowUpAction> {
  const input = parseInput(snoozeActionInput, raw);
  const until = parseLocalDate(input.until, "until");
  return settle(ctx, id, "snooze", (a) => {
    const zone = DateTime.fromISO(a.window.due, { setZone: true }).zone;
    const today = DateTime.fromISO(ctx.now(), { zone }).toISODate() as string;
    if (until <= today)
      throw invalidInput(
        "until",
        `${until} is not after today (${today}).`,
        `a date after ${today}`,
      );
    const at = DateTime.fromISO(until, { zone }).set({ hour: 9 }).toUTC().toISO() as string;
    return { ...a, snoozedUntil: at };
  });
}

async function settle(
  ctx: UseCaseContext,
  id: string,
  verb: string,
  change: (action: FollowUpAction) => FollowUpAction,
): Promise<FollowUpAction> {
  return inTransaction(ctx, async (tx) => {
    // The company's plan is held before the action is read, so a re-plan never works on a stale copy.
    const seen = await getAction(tx.db, tx.accountId, id);
    if (seen) await lockCompanyPlanOfInterview(tx.db, tx.accountId, seen.interviewId);
    const action = await requireOpenAction(tx, id, verb);
    await updateAction(tx.db, tx.accountId, change(action), tx.now());
    const interview = await requireInterview(tx, action.interviewId);
    await replanInterviewCompany(tx, interview);
    return (await getAction(tx.db, tx.accountId, id)) as FollowUpAction;
  });
}

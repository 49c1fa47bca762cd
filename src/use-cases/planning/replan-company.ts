import { createBusinessCalendar } from "../../core/calendar/create-business-calendar.js";
import {
  type FollowUpAction,
  type Note,
  SETTLED_ACTION_STATUSES,
} from "../../core/domain/types.js";
import { type PlanChange, planChanges } from "../../core/planner/plan-changes.js";
import { planFollowUps } from "../../core/planner/plan-follow-ups.js";
import { notFound } from "../../errors/app-error.js";
import {
  insertAction,
  listActionsOfInterviews,
  updateAction,
} from "../../store/repositories/action.repository.js";
import { getCompany } from "../../store/repositories/company.repository.js";
import { listParticipants, type Participant } from "../../store/repositories/contact.repository.js";
import { listCorrespondenceOfApplications } from "../../store/repositories/correspondence.repository.js";
import { listEventsOfInterviews } from "../../store/repositories/event.repository.js";
import { listInterviewsOfCompany } from "../../store/repositories/interview.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import { listNotesOfInterview } from "../../store/repositories/note.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { getProfile } from "../profile/get-profile.js";
import { plannerSettingsOf } from "./planner-settings-of.js";

/**
 * Re-plans every interview of one company, oldest first, and stores the result. A company is the
 * unit because R15 spaces follow-ups across all of its interviews. Settled actions (sent, done,
 * skipped) are never touched; planned ones the plan no longer wants are cancelled, not deleted.
 */
export async function replanCompany(
  ctx: UseCaseContext,
  companyId: string,
  options: ReplanOptions = {},
): Promise<PlanChange[]> {
  return inTransaction(ctx, (tx) => replanLockedCompany(tx, companyId, options));
}

export interface ReplanOptions {
  /** What changed, for the actions the plan no longer wants: "not hired" (see PlanChange). */
  cause?: string | null;
}

async function replanLockedCompany(
  ctx: UseCaseContext,
  companyId: string,
  options: ReplanOptions,
): Promise<PlanChange[]> {
  // Taken before anything is read: a re-plan waiting here then reads what the other one wrote.
  await lockCompanyPlan(ctx.db, ctx.accountId, companyId);
  const found = await getCompany(ctx.db, ctx.accountId, companyId);
  if (!found) throw notFound("company");
  const company = found;
  const profile = await getProfile(ctx);
  const interviews = await listInterviewsOfCompany(ctx.db, ctx.accountId, companyId);
  const interviewIds = interviews.map((i) => i.id);
  const applicationIds = [...new Set(interviews.map((i) => i.applicationId))];
  const [correspondence, events, storedList] = await Promise.all([
    listCorrespondenceOfApplications(ctx.db, ctx.accountId, applicationIds),
    listEventsOfInterviews(ctx.db, ctx.accountId, interviewIds),
    listActionsOfInterviews(ctx.db, ctx.accountId, interviewIds),
  ]);
  const stored = new Map(storedList.map((a) => [a.id, a]));
  const before = new Map(stored);
  const now = ctx.now();
  const settings = plannerSettingsOf(profile);
  const inputs = new Map(
    await Promise.all(
      interviews.map(
        async (i) =>
          [
            i.id,
            {
              participants: await listParticipants(ctx.db, ctx.accountId, i.id),
              notes: await listNotesOfInterview(ctx.db, ctx.accountId, i.id),
            },
          ] as const,
      ),
    ),
  );

  // An earlier interview sees a later one's agreed day (R12) only once that is planned, so plan
  // until nothing moves (two passes in practice; three at most).
  for (let pass = 0; pass < 3; pass++) {
    const changed = await planPass();
    if (!changed) break;
  }
  // What moved, in words, for the page that made the change (R16).
  const names = new Map<string, string>();
  for (const { participants } of inputs.values())
    for (const person of participants) names.set(person.id, person.name);
  return planChanges({
    before,
    after: stored,
    names,
    cause: options.cause ?? null,
    thisYear: Number(now.slice(0, 4)),
  });

  async function planPass(): Promise<boolean> {
    let changed = false;
    for (const interview of interviews) {
      const { participants, notes } = inputs.get(interview.id) as {
        participants: Participant[];
        notes: Note[];
      };
      const planned = planFollowUps(
        {
          interview,
          company,
          participants,
          notes,
          history: { interviews, correspondence, events, actions: [...stored.values()] },
          settings,
          calendarFor: createBusinessCalendar,
        },
        now,
      );
      const wanted = new Set<string>();
      for (const action of planned) {
        wanted.add(action.id);
        const before = stored.get(action.id);
        const next = mergeAction(before, action);
        if (!before) await insertAction(ctx.db, ctx.accountId, next, now);
        else if (!sameAction(before, next)) await updateAction(ctx.db, ctx.accountId, next, now);
        if (!before || !sameAction(before, next)) changed = true;
        stored.set(next.id, next);
      }
      for (const before of stored.values()) {
        if (before.interviewId !== interview.id || wanted.has(before.id)) continue;
        if (SETTLED_ACTION_STATUSES.includes(before.status) || before.status === "cancelled")
          continue;
        const cancelled: FollowUpAction = { ...before, status: "cancelled" };
        await updateAction(ctx.db, ctx.accountId, cancelled, now);
        stored.set(before.id, cancelled);
        changed = true;
      }
    }
    return changed;
  }
}

/** What the user did to an action outlives any re-plan; the planner owns only the schedule. */
function mergeAction(before: FollowUpAction | undefined, planned: FollowUpAction): FollowUpAction {
  if (!before) return planned;
  if (SETTLED_ACTION_STATUSES.includes(before.status)) return before;
  const status = before.status === "cancelled" ? "planned" : before.status;
  return {
    ...planned,
    status,
    snoozedUntil: before.snoozedUntil,
    doneAt: before.doneAt,
    skipReason: before.skipReason,
    correspondenceId: before.correspondenceId,
  };
}

function sameAction(a: FollowUpAction, b: FollowUpAction): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

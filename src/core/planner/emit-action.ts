import { isoInZone, localDateAt } from "../calendar/zoned-time.js";
import {
  type ActionKind,
  type Channel,
  type FollowUpAction,
  type RuleId,
  SETTLED_ACTION_STATUSES,
} from "../domain/types.js";
import { actionId } from "./action-id.js";
import { type PlanContext, zoneFor } from "./plan-context.js";
import type { Participant } from "./planning-facts.js";

/** Window bounds as instants (ms). */
export interface WindowMs {
  start: number;
  due: number;
  late: number;
  overdue: number;
}

export interface ActionDraft {
  kind: ActionKind;
  contact: Participant | null;
  sequence: number;
  channel: Channel;
  window: WindowMs;
  rules: RuleId[];
  why: string;
  /** The id, when the caller already computed it. */
  id?: string;
}

export function isSettled(action: FollowUpAction): boolean {
  return SETTLED_ACTION_STATUSES.includes(action.status);
}

/** The snooze the user set wins over the plan: the window opens then, and is not due before. */
function applySnooze(window: WindowMs, snoozedUntil: string | null): WindowMs {
  const snooze = snoozedUntil === null ? Number.NaN : Date.parse(snoozedUntil);
  if (Number.isNaN(snooze)) return window;
  const shift = Math.max(0, snooze - window.due);
  return {
    start: snooze,
    due: window.due + shift,
    late: window.late + shift,
    overdue: window.overdue + shift,
  };
}

/**
 * Adds one action to the plan. A stored action with the same id that the user settled (sent,
 * done, skipped) is already in the plan unchanged (R25) and is returned instead; a stored pending
 * one keeps its snooze and its draft status.
 */
export function emitAction(ctx: PlanContext, draft: ActionDraft): FollowUpAction | null {
  const contactId = draft.contact?.id ?? null;
  const id = draft.id ?? actionId(ctx.interview.id, draft.kind, contactId, draft.sequence);
  const stored = ctx.stored.get(id);
  if (stored !== undefined && isSettled(stored)) return stored;
  if (ctx.usedIds.has(id)) return null;
  ctx.usedIds.add(id);
  const zone = draft.kind === "move-on" ? ctx.facts.settings.timeZone : zoneFor(ctx, draft.contact);
  const keep = stored !== undefined && stored.status !== "cancelled";
  const window = keep ? applySnooze(draft.window, stored.snoozedUntil) : draft.window;
  const action: FollowUpAction = {
    id,
    interviewId: ctx.interview.id,
    contactId,
    kind: draft.kind,
    channel: draft.channel,
    window: {
      start: isoInZone(window.start, zone),
      due: isoInZone(window.due, zone),
      late: isoInZone(window.late, zone),
      overdue: isoInZone(window.overdue, zone),
    },
    dueDate: localDateAt(window.due, zone),
    rules: draft.rules,
    why: draft.why,
    status:
      keep && (stored.status === "drafted" || stored.status === "approved")
        ? stored.status
        : "planned",
    snoozedUntil: keep ? stored.snoozedUntil : null,
    doneAt: null,
    skipReason: null,
    correspondenceId: null,
  };
  ctx.out.push({ dueMs: window.due, action });
  return action;
}

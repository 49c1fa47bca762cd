import { instantMs } from "../calendar/instant-ms.js";
import { isoInZone, localDateAt, type ZonedInstant } from "../calendar/zoned-time.js";
import {
  type ActionKind,
  type ActionWindow,
  type Channel,
  type FollowUpAction,
  type RuleId,
  SETTLED_ACTION_STATUSES,
} from "../domain/types.js";
import { type PlanContext, zoneFor } from "./plan-context.js";
import type { Participant } from "./planning-facts.js";

/** Window bounds as instants (ms). */
export interface WindowMs {
  start: number;
  due: number;
  late: number;
  overdue: number;
}

/**
 * A window made in one zone: each bound carries its ISO text and local date there, so an action
 * in that zone takes them as they are (instants are formatted once, at the edge, and shared).
 */
export interface ZonedWindow {
  zone: string;
  start: ZonedInstant;
  due: ZonedInstant;
  late: ZonedInstant;
  overdue: ZonedInstant;
}

export interface ActionDraft {
  kind: ActionKind;
  contact: Participant | null;
  sequence: number;
  channel: Channel;
  /** Or made on demand in the recipient's zone (only for an action that is not settled). */
  window: ZonedWindow | ((zone: string) => ZonedWindow);
  rules: RuleId[];
  why: string;
  /** The id, when the caller already computed it. */
  id?: string;
}

export function isSettled(action: FollowUpAction): boolean {
  return SETTLED_ACTION_STATUSES.includes(action.status);
}

function msOf(window: ZonedWindow): WindowMs {
  return {
    start: window.start.ms,
    due: window.due.ms,
    late: window.late.ms,
    overdue: window.overdue.ms,
  };
}

/** The snooze the user set wins over the plan: the window opens then, and is not due before. */
function applySnooze(window: WindowMs, snoozedUntil: string | null): WindowMs {
  const snooze = snoozedUntil === null ? Number.NaN : instantMs(snoozedUntil);
  if (Number.isNaN(snooze)) return window;
  const shift = Math.max(0, snooze - window.due);
  return {
    start: snooze,
    due: window.due + shift,
    late: window.late + shift,
    overdue: window.overdue + shift,
  };
}

/** The shifted window in `zone`, formatted from its instants. */
function formatWindow(zone: string, window: WindowMs): ActionWindow {
  return {
    start: isoInZone(window.start, zone),
    due: isoInZone(window.due, zone),
    late: isoInZone(window.late, zone),
    overdue: isoInZone(window.overdue, zone),
  };
}

/**
 * Adds one action to the plan. A stored action with the same id that the user settled (sent,
 * done, skipped) is already in the plan unchanged (R25) and is returned instead; a stored pending
 * one keeps its snooze and its draft status.
 */
export function emitAction(ctx: PlanContext, draft: ActionDraft): FollowUpAction | null {
  const contactId = draft.contact?.id ?? null;
  const id = draft.id ?? ctx.ids.of(draft.kind, contactId, draft.sequence);
  const stored = ctx.stored.get(id);
  if (stored !== undefined && isSettled(stored)) return stored;
  if (ctx.usedIds.has(id)) return null;
  ctx.usedIds.add(id);
  const zone = draft.kind === "move-on" ? ctx.facts.settings.timeZone : zoneFor(ctx, draft.contact);
  const keep = stored !== undefined && stored.status !== "cancelled";
  const planned = typeof draft.window === "function" ? draft.window(zone) : draft.window;
  const snoozedUntil = keep ? stored.snoozedUntil : null;
  let window: ActionWindow;
  let dueDate: string;
  let dueMs: number;
  if (snoozedUntil === null && zone === planned.zone) {
    // Made in the recipient's zone: the texts made with its instants are the action's as they are.
    const { start, due, late, overdue } = planned;
    window = { start: start.iso, due: due.iso, late: late.iso, overdue: overdue.iso };
    dueDate = due.date;
    dueMs = due.ms;
  } else {
    const shifted = applySnooze(msOf(planned), snoozedUntil);
    window = formatWindow(zone, shifted);
    dueDate = localDateAt(shifted.due, zone);
    dueMs = shifted.due;
  }
  const action: FollowUpAction = {
    id,
    interviewId: ctx.interview.id,
    contactId,
    kind: draft.kind,
    channel: draft.channel,
    window,
    dueDate,
    rules: draft.rules,
    why: draft.why,
    status:
      keep && (stored.status === "drafted" || stored.status === "approved")
        ? stored.status
        : "planned",
    snoozedUntil,
    doneAt: null,
    skipReason: null,
    correspondenceId: null,
  };
  ctx.out.push({ dueMs, action });
  return action;
}

import type { DateTime } from "luxon";

/** The user's waking day for a reminder: from 08:00 to 21:00 in the user's own zone. */
export const DAY_STARTS_AT = 8;
export const DAY_ENDS_AT = 21;
/** Where a reminder that would fall at night goes: 09:00, the user's morning. */
export const MORNING_AT = 9;

export interface ReminderInput {
  /** The action's due time, in the zone the plan made it in (the recipient's, R11, R12). */
  due: DateTime;
  /** When the action's window opens: a reminder never comes before it. */
  opens: DateTime;
  /** The user's IANA zone (the profile's). */
  userZone: string;
  /** A note to the user alone (the move-on, R15): it lives in the user's zone, not theirs. */
  forUserAlone: boolean;
}

export interface ReminderTime {
  /** The event's start, in the zone it is written in. */
  start: DateTime;
  /** True when it is not at the due time, because that falls in the user's night. */
  moved: boolean;
}

function awake(time: DateTime): boolean {
  return time.hour >= DAY_STARTS_AT && time.hour < DAY_ENDS_AT;
}

/**
 * When the calendar reminds the user of an action (R24, R26: on the day, at a time they are up).
 * At the due time when that is in the user's waking day, in the recipient's zone, so "10:00 for
 * Dana" reads as that; a note to the user alone in the user's zone. A due time in the user's
 * night (03:00 for a message due 10:00 in New York from Tokyo) goes to the user's morning before
 * it, 09:00 on that day or the day before, but never before the window opens; where even that
 * is impossible the due time stays. The message itself still goes in their business hours.
 */
export function reminderTime(input: ReminderInput): ReminderTime {
  const { due, opens, userZone, forUserAlone } = input;
  const local = due.setZone(userZone);
  if (awake(local)) return { start: forUserAlone ? local : due, moved: false };
  let morning = local.set({ hour: MORNING_AT, minute: 0, second: 0, millisecond: 0 });
  if (morning > local) morning = morning.minus({ days: 1 }).set({ hour: MORNING_AT });
  if (morning >= opens) return { start: morning, moved: true };
  const opened = opens.setZone(userZone);
  if (awake(opened) && opened < local) return { start: opened, moved: true };
  return { start: forUserAlone ? local : due, moved: false };
}

import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { fromEpochDay, toEpochDay } from "../calendar/local-date.js";
import { SPACING_DAYS } from "./follow-up-kinds.js";

/** Where a follow-up lands after R15, and the taken day that pushed it, if any. */
export interface SpacedDates {
  start: string;
  due: string;
  pushedBy: string | null;
}

/**
 * R15: the first window (start = a business day on or after `start`, due one business day later)
 * that keeps a full week from every taken day. Only ever moves later, so two interviews planned
 * independently settle the same way whichever is planned first (the later one yields).
 */
export function spaceFollowUp(
  calendar: BusinessCalendar,
  takenDays: readonly number[],
  start: string,
): SpacedDates {
  let from = calendar.nextBusinessDayOnOrAfter(start);
  let due = calendar.addBusinessDays(from, 1);
  let pushedBy: number | null = null;
  for (;;) {
    const s = toEpochDay(from);
    const d = toEpochDay(due);
    let latest: number | null = null;
    for (const taken of takenDays) {
      if (
        s < taken + SPACING_DAYS &&
        d > taken - SPACING_DAYS &&
        (latest === null || taken > latest)
      ) {
        latest = taken;
      }
    }
    if (latest === null) break;
    pushedBy = latest;
    from = calendar.nextBusinessDayOnOrAfter(fromEpochDay(latest + SPACING_DAYS));
    due = calendar.addBusinessDays(from, 1);
  }
  return { start: from, due, pushedBy: pushedBy === null ? null : fromEpochDay(pushedBy) };
}

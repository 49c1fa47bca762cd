import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { SPACING_DAYS } from "./follow-up-kinds.js";

/** Where a follow-up lands after R15 (day numbers), and the taken day that pushed it, if any. */
export interface SpacedDays {
  start: number;
  due: number;
  pushedBy: number | null;
}

/**
 * R15: the first window (start = a business day on or after `start`, due one business day later)
 * that keeps a full week from every taken day. Only ever moves later, so two interviews planned
 * independently settle the same way whichever is planned first (the later one yields).
 */
export function spaceFollowUp(
  calendar: BusinessCalendar,
  takenDays: readonly number[],
  start: number,
): SpacedDays {
  let from = calendar.businessDayOnOrAfter(start);
  let due = calendar.addBusinessDaysToDay(from, 1);
  let pushedBy: number | null = null;
  for (;;) {
    let latest: number | null = null;
    for (const taken of takenDays) {
      if (
        from < taken + SPACING_DAYS &&
        due > taken - SPACING_DAYS &&
        (latest === null || taken > latest)
      ) {
        latest = taken;
      }
    }
    if (latest === null) break;
    pushedBy = latest;
    from = calendar.businessDayOnOrAfter(latest + SPACING_DAYS);
    due = calendar.addBusinessDaysToDay(from, 1);
  }
  return { start: from, due, pushedBy };
}

import { type ZonedInstant, zonedInstantOnDay } from "../calendar/zoned-time.js";
import type { ZonedWindow } from "./emit-action.js";
import type { PlanContext } from "./plan-context.js";

/** Business hours in the recipient's zone: messages fall due inside them (09:00–17:00). */
export const OPENS_AT = 9;
export const EMAIL_DUE_AT = 10;
/** Post: in the box before the last collection. */
export const POST_DUE_AT = 16;
export const CLOSES_AT = 17;

/** 09:00 on a local day (a day number) in the recipient's zone. */
export function opensOn(zone: string, day: number): ZonedInstant {
  return zonedInstantOnDay(zone, day, OPENS_AT);
}

/**
 * A window on business days of the employer's calendar, in the recipient's zone: opens at
 * `opens` (09:00 on a day, or an instant), due at `dueHour` on `dueDay`, late once that business
 * day closes (R26: do it on the day), overdue two business days later (or on `overdueDay`).
 * Days are day numbers; the bounds are made in `zone`, with their ISO texts (formatted once).
 */
export function businessWindow(
  ctx: PlanContext,
  zone: string,
  opens: ZonedInstant,
  dueDay: number,
  dueHour: number,
  overdueDay?: number,
): ZonedWindow {
  let day = dueDay;
  let due = zonedInstantOnDay(zone, day, dueHour);
  // A recipient far ahead of the user may already be past that hour: then it is due a day later.
  while (due.ms < opens.ms) {
    day = ctx.calendar.addBusinessDaysToDay(day, 1);
    due = zonedInstantOnDay(zone, day, dueHour);
  }
  const lateDay = ctx.calendar.addBusinessDaysToDay(day, 2);
  const overdue = overdueDay !== undefined && overdueDay > lateDay ? overdueDay : lateDay;
  return {
    zone,
    start: opens,
    due,
    late: zonedInstantOnDay(zone, day, CLOSES_AT),
    overdue: zonedInstantOnDay(zone, overdue, CLOSES_AT),
  };
}

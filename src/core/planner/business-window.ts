import { zonedInstant } from "../calendar/zoned-time.js";
import type { WindowMs } from "./emit-action.js";
import type { PlanContext } from "./plan-context.js";

/** Business hours in the recipient's zone: messages fall due inside them (09:00–17:00). */
export const OPENS_AT = 9;
export const EMAIL_DUE_AT = 10;
/** Post: in the box before the last collection. */
export const POST_DUE_AT = 16;
export const CLOSES_AT = 17;

/**
 * A window on business days of the employer's calendar, in the recipient's zone: opens at 09:00
 * on `start` (or at an instant), due at `dueHour` on `dueDate`, late once that business day
 * closes (R26: do it on the day), overdue two business days later (or on `overdueDate`).
 */
export function businessWindow(
  ctx: PlanContext,
  zone: string,
  start: string | number,
  dueDate: string,
  dueHour: number,
  overdueDate?: string,
): WindowMs {
  const opens = typeof start === "number" ? start : zonedInstant(zone, start, OPENS_AT).ms;
  let day = dueDate;
  let due = zonedInstant(zone, day, dueHour).ms;
  // A recipient far ahead of the user may already be past that hour: then it is due a day later.
  while (due < opens) {
    day = ctx.calendar.addBusinessDays(day, 1);
    due = zonedInstant(zone, day, dueHour).ms;
  }
  const lateDate = ctx.calendar.addBusinessDays(day, 2);
  const overdue = overdueDate !== undefined && overdueDate > lateDate ? overdueDate : lateDate;
  return {
    start: opens,
    due,
    late: zonedInstant(zone, day, CLOSES_AT).ms,
    overdue: zonedInstant(zone, overdue, CLOSES_AT).ms,
  };
}

import type { BusinessCalendar } from "../../core/calendar/business-calendar.js";
import { addDays } from "../../core/calendar/local-date.js";
import { localDateAt, zonedInstant } from "../../core/calendar/zoned-time.js";
import { CLOSES_AT, OPENS_AT } from "../../core/planner/business-window.js";

/**
 * The first instant at or after `earliestMs` inside the recipient's business hours (09:00–17:00
 * on a business day of the employer's calendar, in the recipient's zone): a message approved at
 * night goes out when the office opens.
 */
export function nextBusinessMoment(
  earliestMs: number,
  zone: string,
  calendar: BusinessCalendar,
): number {
  const date = localDateAt(earliestMs, zone);
  if (calendar.isBusinessDay(date)) {
    const opens = zonedInstant(zone, date, OPENS_AT).ms;
    const closes = zonedInstant(zone, date, CLOSES_AT).ms;
    if (earliestMs < opens) return opens;
    if (earliestMs < closes) return earliestMs;
  }
  return zonedInstant(zone, calendar.nextBusinessDayOnOrAfter(addDays(date, 1)), OPENS_AT).ms;
}

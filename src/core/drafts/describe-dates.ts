import { DateTime } from "luxon";

const LOCALE = "en-US";

/** "November 20, 2026" for a YYYY-MM-DD date. */
export function formatLongDate(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: "utc", locale: LOCALE }).toFormat("LLLL d, yyyy");
}

/** The interview's local date in the zone it happened in. */
export function localDateOf(instant: string, timeZone: string): string {
  const local = DateTime.fromISO(instant, { zone: "utc" }).setZone(timeZone);
  const date = local.isValid ? local.toISODate() : null;
  return date ?? instant.slice(0, 10);
}

/** How a message written on `today` refers to `date`: "today", "yesterday", "on Tuesday"… */
export function describeWhen(date: string, today: string): string {
  const then = DateTime.fromISO(date, { zone: "utc", locale: LOCALE });
  const now = DateTime.fromISO(today, { zone: "utc", locale: LOCALE });
  const days = Math.round(now.diff(then, "days").days);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days > 1 && days < 7) return `on ${then.toFormat("cccc")}`;
  return `on ${then.toFormat("LLLL d")}`;
}

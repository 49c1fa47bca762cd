import { DateTime } from "luxon";

const LOCALE = "en-US";

/** How the writer's English orders a date: "November 20, 2026" or "20 November 2026". */
export type DateOrder = "month-first" | "day-first";

// Where English puts the month first in a letter; elsewhere (the UK, Ireland, Australia, India,
// and English written in Europe) the day comes first.
const MONTH_FIRST = new Set(["US", "CA", "PH"]);

/** The date order of the sender's country (the profile's), month-first when none is set. */
export function dateOrderOf(country: string | null | undefined): DateOrder {
  return country && !MONTH_FIRST.has(country.toUpperCase()) ? "day-first" : "month-first";
}

/** Luxon formats for a day with its weekday, a day of this year, and a whole date. */
export const DATE_FORMATS: {
  readonly [O in DateOrder]: Record<"weekday" | "weekdayYear" | "day" | "date", string>;
} = {
  "month-first": {
    weekday: "cccc, LLLL d",
    weekdayYear: "cccc, LLLL d, yyyy",
    day: "LLLL d",
    date: "LLLL d, yyyy",
  },
  "day-first": {
    weekday: "cccc d LLLL",
    weekdayYear: "cccc d LLLL yyyy",
    day: "d LLLL",
    date: "d LLLL yyyy",
  },
};

/** "November 20, 2026" (or "20 November 2026") for a YYYY-MM-DD date. */
export function formatLongDate(isoDate: string, order: DateOrder = "month-first"): string {
  return DateTime.fromISO(isoDate, { zone: "utc", locale: LOCALE }).toFormat(
    DATE_FORMATS[order].date,
  );
}

/** The interview's local date in the zone it happened in. */
export function localDateOf(instant: string, timeZone: string): string {
  const local = DateTime.fromISO(instant, { zone: "utc" }).setZone(timeZone);
  const date = local.isValid ? local.toISODate() : null;
  return date ?? instant.slice(0, 10);
}

/** How a message written on `today` refers to `date`: "today", "yesterday", "on Tuesday"… */
export function describeWhen(
  date: string,
  today: string,
  order: DateOrder = "month-first",
): string {
  const then = DateTime.fromISO(date, { zone: "utc", locale: LOCALE });
  const now = DateTime.fromISO(today, { zone: "utc", locale: LOCALE });
  const days = Math.round(now.diff(then, "days").days);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days > 1 && days < 7) return `on ${then.toFormat("cccc")}`;
  return `on ${then.toFormat(DATE_FORMATS[order].day)}`;
}

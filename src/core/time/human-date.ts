import { civilOf, isoWeekdayOf, toEpochDay } from "../calendar/local-date.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A local date (YYYY-MM-DD) as a person writes it: "Tue 8 Dec", with the year only when it is not
 * `thisYear` ("Fri 15 Jan 2027"). English, the profile's language; no Intl, so the words never
 * depend on the machine's locale.
 */
export function humanDate(date: string, thisYear?: number): string {
  const day = toEpochDay(date);
  const { year, month, day: dayOfMonth } = civilOf(day);
  const words = `${WEEKDAYS[isoWeekdayOf(day) - 1]} ${dayOfMonth} ${MONTHS[month - 1]}`;
  return thisYear === undefined || thisYear === year ? words : `${words} ${year}`;
}

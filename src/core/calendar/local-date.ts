// Local dates ("YYYY-MM-DD") as whole days since 1970-01-01, so that calendar arithmetic is
// integer arithmetic: the planner does a lot of it and must stay fast (no Date objects, no zones).
import { invalidInput } from "../../errors/app-error.js";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Formatted dates of 1970–2199, made once, and their day numbers: the same string instances come
// back every time, so Map look-ups keyed by them do not re-hash (V8 caches a string's hash).
const formatted: string[] = [];
const parsed = new Map<string, number>();
const FORMATTED_DAYS = 84_000;

function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** Parses "YYYY-MM-DD" into days since the epoch; anything else is the caller's mistake. */
export function toEpochDay(date: string, field = "date"): number {
  const known = parsed.get(date);
  if (known !== undefined) return known;
  if (date.length === 10 && date[4] === "-" && date[7] === "-") {
    const year =
      digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
    const month = digit(date, 5) * 10 + digit(date, 6);
    const day = digit(date, 8) * 10 + digit(date, 9);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return epochDayOf(year, month, day);
    }
  }
  throw invalidInput(
    field,
    `"${date}" is not a date.`,
    "a date written YYYY-MM-DD, e.g. 2026-11-20",
  );
}

/** The civil date of a day number (Howard Hinnant's civil_from_days). */
export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

export function formatLocalDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function fromEpochDay(epochDay: number): string {
  const cached = formatted[epochDay];
  if (cached !== undefined) return cached;
  const { year, month, day } = civilOf(epochDay);
  const text = formatLocalDate(year, month, day);
  if (epochDay >= 0 && epochDay < FORMATTED_DAYS) {
    formatted[epochDay] = text;
    parsed.set(text, epochDay);
  }
  return text;
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** The same day of the month `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonthsToDay(epochDay: number, months: number): number {
  const { year, month, day } = civilOf(epochDay);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return epochDayOf(y, m, Math.min(day, daysInMonth(y, m)));
}

import { invalidInput } from "../../errors/app-error.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { holidaysInYear, normaliseRegion } from "./holidays-in-year.js";
import { civilOf, epochDayOf, fromEpochDay, isoWeekdayOf, toEpochDay } from "./local-date.js";

// Where the working week runs Sunday–Thursday, Friday and Saturday are the weekend.
const FRIDAY_SATURDAY_WEEKEND = new Set([
  "BH",
  "DZ",
  "EG",
  "IL",
  "IQ",
  "JO",
  "KW",
  "OM",
  "QA",
  "SA",
]);

/** More than ten years of consecutive non-working days means the data is broken, not the loop. */
const MAX_STEPS = 3700;

const calendars = new Map<string, BusinessCalendar>();

/** The employer's working days (R11, R14 count business days). Cached per country/region. */
export function createBusinessCalendar(country: string, region?: string | null): BusinessCalendar {
  const rawKey = `${country}|${region ?? ""}`;
  const cached = calendars.get(rawKey);
  if (cached !== undefined) return cached;
  const normal = normaliseRegion(country, region);
  const calendar = buildCalendar(normal.country, normal.region);
  calendars.set(rawKey, calendar);
  return calendar;
}

function buildCalendar(country: string, region: string | null): BusinessCalendar {
  const weekendA = FRIDAY_SATURDAY_WEEKEND.has(country) ? 5 : 6;
  const weekendB = weekendA + 1;
  // Per day number: the holiday's name, or "" for none. Filled a year at a time.
  const holidayNames = new Map<number, string>();
  const loadedYears = new Set<number>();

  function holidayNameOfDay(day: number): string {
    const name = holidayNames.get(day);
    return name === undefined ? loadYear(civilOf(day).year, day) : name;
  }

  function loadYear(year: number, day: number): string {
    if (loadedYears.has(year)) return holidayNames.get(day) ?? "";
    loadedYears.add(year);
    // Mark every day of the year, so later look-ups are one Map hit.
    for (let d = epochDayOf(year, 1, 1), end = epochDayOf(year + 1, 1, 1); d < end; d++) {
      if (!holidayNames.has(d)) holidayNames.set(d, "");
    }
    for (const [date, holiday] of holidaysInYear(country, region, year)) {
      holidayNames.set(toEpochDay(date), holiday);
    }
    return holidayNames.get(day) ?? "";
  }

  function isBusinessEpochDay(day: number): boolean {
    const weekday = isoWeekdayOf(day);
    return weekday !== weekendA && weekday !== weekendB && holidayNameOfDay(day) === "";
  }

  function step(from: number, direction: 1 | -1, count: number): number {
    let day = from;
    let left = count;
    for (let i = 0; i < MAX_STEPS * Math.max(1, count); i++) {
      if (left === 0) return day;
      day += direction;
      if (isBusinessEpochDay(day)) left--;
    }
    throw invalidInput("calendar", `No business day found near ${fromEpochDay(from)}.`);
  }

  return {
    country,
    region,
    isBusinessDay: (date) => isBusinessEpochDay(toEpochDay(date)),
    holidayOn: (date) => holidayNameOfDay(toEpochDay(date)) || null,
    nextBusinessDayOnOrAfter: (date) => {
      const day = toEpochDay(date);
      return fromEpochDay(isBusinessEpochDay(day) ? day : step(day, 1, 1));
    },
    addBusinessDays: (date, n) => {
      if (!Number.isInteger(n)) throw invalidInput("n", `${n} is not a whole number of days.`);
      const day = toEpochDay(date);
      if (n === 0) return fromEpochDay(isBusinessEpochDay(day) ? day : step(day, 1, 1));
      return fromEpochDay(step(day, n > 0 ? 1 : -1, Math.abs(n)));
    },
  };
}

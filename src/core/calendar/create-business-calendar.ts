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

/** Days 1970–2199 get a flag each (below), so stepping over them is an array read. */
const FLAGGED_DAYS = 84_000;
const UNKNOWN = 0;
const BUSINESS = 1;
const CLOSED = 2;

// Country → region ("" for none) → calendar: the planner asks once per plan, with the same
// strings every time, so two look-ups keyed by them beat building a joined key.
const calendars = new Map<string, Map<string, BusinessCalendar>>();

/** The employer's working days (R11, R14 count business days). Cached per country/region. */
export function createBusinessCalendar(country: string, region?: string | null): BusinessCalendar {
  let byRegion = calendars.get(country);
  if (byRegion === undefined) {
    byRegion = new Map();
    calendars.set(country, byRegion);
  }
  const regionKey = region ?? "";
  const cached = byRegion.get(regionKey);
  if (cached !== undefined) return cached;
  const normal = normaliseRegion(country, region);
  const calendar = buildCalendar(normal.country, normal.region);
  byRegion.set(regionKey, calendar);
  return calendar;
}

function buildCalendar(country: string, region: string | null): BusinessCalendar {
  const weekendA = FRIDAY_SATURDAY_WEEKEND.has(country) ? 5 : 6;
  const weekendB = weekendA + 1;
  // Per day number: the holiday's name, or "" for none. Filled a year at a time.
  const holidayNames = new Map<number, string>();
  const loadedYears = new Set<number>();
  const dayFlags = new Uint8Array(FLAGGED_DAYS);

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
    const flagged = day >= 0 && day < FLAGGED_DAYS;
    if (flagged && dayFlags[day] !== UNKNOWN) return dayFlags[day] === BUSINESS;
    const weekday = isoWeekdayOf(day);
    const open = weekday !== weekendA && weekday !== weekendB && holidayNameOfDay(day) === "";
    if (flagged) dayFlags[day] = open ? BUSINESS : CLOSED;
    return open;
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

  function checkWhole(n: number): void {
    if (!Number.isInteger(n)) throw invalidInput("n", `${n} is not a whole number of days.`);
  }

  function addBusinessDaysToDay(day: number, n: number): number {
    checkWhole(n);
    if (n === 0) return isBusinessEpochDay(day) ? day : step(day, 1, 1);
    return step(day, n > 0 ? 1 : -1, Math.abs(n));
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
      checkWhole(n); // before the date, as ever: the first mistake is the one reported
      return fromEpochDay(addBusinessDaysToDay(toEpochDay(date), n));
    },
    holidayOnDay: (day) => holidayNameOfDay(day) || null,
    addBusinessDaysToDay,
    businessDayOnOrAfter: (day) => (isBusinessEpochDay(day) ? day : step(day, 1, 1)),
  };
}

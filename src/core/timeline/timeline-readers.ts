// Our own readers for the timelines people are given at interviews (R3). Each takes the cleaned
// text and the interview's local day number and returns the day the employer meant to decide by,
// or null when the text is not its form. A stated period resolves to its last day, because the
// check-in (R11) comes after it.
import {
  addMonthsToDay,
  civilOf,
  daysInMonth,
  epochDayOf,
  isoWeekdayOf,
} from "../calendar/local-date.js";
import { MONTH_PATTERN, monthNumber } from "./month-names.js";
import { COUNT_PATTERN, parseCount } from "./parse-count.js";
import { WEEKDAY_PATTERN, weekdayNumber } from "./weekday-names.js";

type Reader = (text: string, base: number) => number | null;

const FRIDAY_OFFSET = 4;

function addWeekdays(base: number, count: number): number {
  let day = base;
  for (let left = count; left > 0; ) {
    day++;
    if (isoWeekdayOf(day) <= 5) left--;
  }
  return day;
}

function mondayOfWeek(day: number): number {
  return day - (isoWeekdayOf(day) - 1);
}

/**
 * A part of a month resolves to the last day of that part, because the check-in comes 1–2
 * business days after it (R11): "early" (the first third) → the 10th, "mid" → the 20th,
 * "late"/"end of"/none → the month's last day.
 */
function partOfMonth(part: string | undefined, year: number, month: number): number {
  if (part === "early" || part === "beginning of" || part === "start of") {
    return epochDayOf(year, month, 10);
  }
  if (part === "mid" || part === "middle of") return epochDayOf(year, month, 20);
  return epochDayOf(year, month, daysInMonth(year, month));
}

const DURATION = new RegExp(
  `^(?:next\\s+)?(${COUNT_PATTERN})(?:\\s*(?:-|–|to|or)\\s*(${COUNT_PATTERN}))?\\s+(?:more\\s+)?(?:(business|working)\\s+)?(day|week|month|fortnight)s?(?:\\s+or\\s+(two|so))?(?:\\s+(?:from now|or so|time))?$`,
);

const readDuration: Reader = (text, base) => {
  const match = DURATION.exec(text);
  if (match === null) return null;
  const [, first = "", second, business, unit, orTwo] = match;
  const count = parseCount(second ?? (orTwo === "two" ? "two" : first));
  if (count === null) return null;
  if (unit === "month") return addMonthsToDay(base, count);
  const days = unit === "week" ? count * 7 : unit === "fortnight" ? count * 14 : count;
  // No calendar here: "business days" skip weekends only; the planner adds holidays later.
  return business === undefined || unit !== "day" ? base + days : addWeekdays(base, count);
};

const PART = "early|mid|middle of|late|end of|beginning of|start of";

const WEEK = new RegExp(`^(?:(${PART})[\\s-]+)?(this|next|the)?\\s*week(\\s+after\\s+next)?$`);

const readWeek: Reader = (text, base) => {
  const match = WEEK.exec(text);
  if (match === null) return null;
  const [, part, which, afterNext] = match;
  if (which === undefined && afterNext === undefined && part === undefined) return null;
  const weeksAhead = afterNext !== undefined ? 2 : which === "next" ? 1 : 0;
  const offset =
    part === "early" || part === "beginning of" || part === "start of"
      ? 1
      : part === "mid" || part === "middle of"
        ? 2
        : FRIDAY_OFFSET;
  if (weeksAhead === 0) {
    // "End of the week" said on a weekend means the coming week.
    const friday = mondayOfWeek(base) + offset;
    return friday >= base ? friday : friday + 7;
  }
  return mondayOfWeek(base) + 7 * weeksAhead + offset;
};

const MONTH_RELATIVE = new RegExp(`^(?:(${PART})[\\s-]+)?(this|next|the)\\s+month$`);

const readRelativeMonth: Reader = (text, base) => {
  const match = MONTH_RELATIVE.exec(text);
  if (match === null) return null;
  const [, part, which] = match;
  const { year, month } = civilOf(which === "next" ? addMonthsToDay(base, 1) : base);
  return partOfMonth(part, year, month);
};

const MONTH_PART = new RegExp(`^(?:(${PART})[\\s-]+)?(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?$`);

/**
 * A month named without a year is the next one of that name, except the day's own month and the
 * two before it, which stay behind: "Jan 15" in November is next January, while "Nov 4" on 20
 * November or "by November 10" on 2 December fall before the day and are refused (likely a slip
 * worth asking about, not a decision eleven months away).
 */
function yearFor(month: number, base: number, explicit: string | undefined): number {
  if (explicit !== undefined) return Number(explicit);
  const { year, month: baseMonth } = civilOf(base);
  const behind = (baseMonth - month + 12) % 12;
  if (behind === 0) return year;
  if (behind <= 2) return month < baseMonth ? year : year - 1;
  return month > baseMonth ? year : year + 1;
}

const readMonthPart: Reader = (text, base) => {
  const match = MONTH_PART.exec(text);
  if (match === null) return null;
  const [, part, name = "", yearText] = match;
  const month = monthNumber(name);
  if (month === null) return null;
  return partOfMonth(part, yearFor(month, base, yearText), month);
};

function dayOf(year: number, month: number, day: number): number | null {
  return day >= 1 && day <= daysInMonth(year, month) ? epochDayOf(year, month, day) : null;
}

const MONTH_DAY = new RegExp(
  `^(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`,
);
const DAY_MONTH = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4}))?$`,
);

const readMonthDay: Reader = (text, base) => {
  const monthFirst = MONTH_DAY.exec(text);
  const dayFirst = monthFirst === null ? DAY_MONTH.exec(text) : null;
  const match = monthFirst ?? dayFirst;
  if (match === null) return null;
  const name = (monthFirst === null ? match[2] : match[1]) ?? "";
  const day = Number(monthFirst === null ? match[1] : match[2]);
  const month = monthNumber(name);
  if (month === null || day < 1 || day > 31) return null;
  return dayOf(yearFor(month, base, match[3]), month, day);
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const readIsoDate: Reader = (text) => {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? dayOf(Number(match[1]), month, Number(match[3])) : null;
};

const WEEKDAY = new RegExp(`^(?:(this|next|coming|the)\\s+)?(${WEEKDAY_PATTERN})$`);

/** "Friday" is the first Friday after the interview day; "next Friday" the one in next week. */
const readWeekday: Reader = (text, base) => {
  const match = WEEKDAY.exec(text);
  if (match === null) return null;
  const weekday = weekdayNumber(match[2] ?? "");
  if (weekday === null) return null;
  if (match[1] === "next") return mondayOfWeek(base) + 7 + (weekday - 1);
  const ahead = (weekday - isoWeekdayOf(base) + 7) % 7;
  return base + (ahead === 0 ? 7 : ahead);
};

const DAY_OF_MONTH = /^(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:the|this)\s+month)?$/;

/**
 * "by the 15th": the next 15th on or after the day said (said on 2 Dec → 15 Dec, on 20 Dec →
 * 15 Jan). A day some months lack ("the 31st") is the next month that has it.
 */
const readDayOfMonth: Reader = (text, base) => {
  const match = DAY_OF_MONTH.exec(text);
  if (match === null) return null;
  const wanted = Number(match[1]);
  if (wanted < 1 || wanted > 31) return null;
  const { year, month, day } = civilOf(base);
  for (let ahead = day <= wanted ? 0 : 1; ahead < 14; ahead++) {
    const index = year * 12 + (month - 1) + ahead;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    if (wanted <= daysInMonth(y, m)) return epochDayOf(y, m, wanted);
  }
  return null;
};

const readDayWords: Reader = (text, base) => {
  if (text === "tomorrow") return base + 1;
  if (text === "today" || text === "end of day" || text === "end of the day" || text === "eod") {
    return base;
  }
  return null;
};

export const TIMELINE_READERS: readonly Reader[] = [
  readIsoDate,
  readDuration,
  readWeek,
  readRelativeMonth,
  readMonthPart,
  readMonthDay,
  readWeekday,
  readDayOfMonth,
  readDayWords,
];

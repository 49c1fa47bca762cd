import * as chrono from "chrono-node";
import { invalidInput } from "../../errors/app-error.js";
import { civilOf, epochDayOf, fromEpochDay, toEpochDay } from "../calendar/local-date.js";
import { instantMsOf, localDateAt } from "../calendar/zoned-time.js";
import { TIMELINE_READERS } from "./timeline-readers.js";

/** R3: the timeline as said, and the local day it ends on. */
export interface ResolvedTimeline {
  text: string;
  date: string;
}

export const ACCEPTED_TIMELINE_FORMS =
  'a duration ("two weeks", "10 days", "within 10 days", "in a few days", "a week", "1-2 weeks"), ' +
  'a weekday ("by Friday", "next Tuesday"), a week ("end of the week", "next week", "end of next week"), ' +
  'part of a month ("early December", "mid December", "late December", "end of the month", "next month") ' +
  'or a date ("2026-12-04", "Dec 4", "December 4th")';

// Words around the timeline that do not change its meaning ("we'll let you know within …").
const FILLER =
  /^(?:we(?:'ll| will)\s+(?:let you know|be in touch|get back to you|decide)|(?:you(?:'ll| will)\s+)?hear back|expect(?:\s+to\s+hear)?|decision|within|in|by|before|about|around|roughly|approximately|approx\.?|after|over|on|until|no later than|sometime|some time|the)\s+/;

function clean(text: string): string {
  let result = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  result = result.replace(/[.,!?;:]+$/, "").replace(/^~\s*/, "");
  for (let previous = ""; previous !== result; ) {
    previous = result;
    result = result.replace(FILLER, "");
  }
  return result;
}

function readWithChrono(text: string, base: number): number | null {
  const { year, month, day } = civilOf(base);
  // chrono reads wall-clock fields in the process's zone: noon there is the interview's day.
  const reference = new Date(year, month - 1, day, 12, 0, 0);
  for (const result of chrono.parse(text, reference, { forwardDate: true })) {
    if (!result.start.isCertain("day") || !result.start.isCertain("month")) continue;
    const y = result.start.get("year");
    const m = result.start.get("month");
    const d = result.start.get("day");
    if (y !== null && m !== null && d !== null) return epochDayOf(y, m, d);
  }
  return null;
}

/**
 * Resolves a stated timeline (R3) relative to the interview's local date in `timeZone`. Durations
 * count calendar days ("two weeks" after a Friday is the Friday two weeks on); periods resolve to
 * their last day ("next week" → its Friday, "early December" → 10 December, "mid" → 20th).
 */
export function resolveTimeline(
  text: string,
  interviewStartsAt: string,
  timeZone: string,
): ResolvedTimeline {
  const base = localDateAt(instantMsOf(interviewStartsAt, "startsAt"), timeZone);
  const baseDay = toEpochDay(base);
  const cleaned = clean(text);
  let day: number | null = null;
  for (const read of TIMELINE_READERS) {
    day = read(cleaned, baseDay);
    if (day !== null) break;
  }
  day ??= cleaned === "" ? null : readWithChrono(text, baseDay);
  if (day === null) {
    throw invalidInput("timeline", `Cannot read the timeline "${text}".`, ACCEPTED_TIMELINE_FORMS);
  }
  const date = fromEpochDay(day);
  if (day < baseDay) {
    throw invalidInput(
      "timeline",
      `The timeline "${text}" falls on ${date}, before the interview on ${base}.`,
      "a timeline that ends on or after the interview day",
    );
  }
  return { text, date };
}

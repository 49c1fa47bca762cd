import { invalidInput } from "../../errors/app-error.js";
import { fromEpochDay, toEpochDay } from "../calendar/local-date.js";
import { instantMsOf, localDateAt } from "../calendar/zoned-time.js";
import { readTimelineDay } from "./read-timeline-day.js";

/** R3: the timeline as said, and the local day it ends on, or null when the words give no date. */
export interface KeptTimeline {
  text: string;
  date: string | null;
}

/**
 * The timeline as the user heard it (R3), kept word for word. Words that give no date are kept
 * with a null date: the planner assumes R11's default and says so, until the user corrects them.
 * A date before the interview cannot be meant, and is refused with what to fix.
 */
export function keepTimeline(
  text: string,
  interviewStartsAt: string,
  timeZone: string,
): KeptTimeline {
  const base = localDateAt(instantMsOf(interviewStartsAt, "startsAt"), timeZone);
  const baseDay = toEpochDay(base);
  const day = readTimelineDay(text, baseDay);
  if (day === null) return { text, date: null };
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

import { invalidInput } from "../../errors/app-error.js";
import { fromEpochDay, toEpochDay } from "../calendar/local-date.js";
import { instantMsOf, localDateAt } from "../calendar/zoned-time.js";
import { humanDate } from "../time/human-date.js";
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
  return keepFrom(text, interviewStartsAt, timeZone, "startsAt", (date, base) => [
    `The timeline "${text}" falls on ${date}, before the interview on ${base}.`,
    "a timeline that ends on or after the interview day",
  ]);
}

/**
 * News a later answer brought (R11, R16): "by the 15th", "next Friday", "in two weeks" are read
 * from the day they were said in the interview's zone, not from the interview day. A day before
 * that cannot be meant and is refused; words that give no date are kept, as keepTimeline does.
 */
export function keepSaidTimeline(text: string, saidAt: string, timeZone: string): KeptTimeline {
  return keepFrom(text, saidAt, timeZone, "at", (date, base) => [
    `The timeline "${text}" falls on ${humanDate(date, Number(base.slice(0, 4)))}, before the day it was said (${humanDate(base)}).`,
    "a timeline that ends on or after the day it was said",
  ]);
}

function keepFrom(
  text: string,
  at: string,
  timeZone: string,
  field: string,
  before: (date: string, baseDate: string) => [message: string, accepted: string],
): KeptTimeline {
  const base = localDateAt(instantMsOf(at, field), timeZone);
  const baseDay = toEpochDay(base);
  const day = readTimelineDay(text, baseDay);
  if (day === null) return { text, date: null };
  const date = fromEpochDay(day);
  if (day < baseDay) {
    const [message, accepted] = before(date, base);
    throw invalidInput("timeline", message, accepted);
  }
  return { text, date };
}

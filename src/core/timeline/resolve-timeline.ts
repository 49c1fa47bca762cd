import { invalidInput } from "../../errors/app-error.js";
import { keepTimeline } from "./keep-timeline.js";

/** R3: the timeline as said, and the local day it ends on. */
export interface ResolvedTimeline {
  text: string;
  date: string;
}

export const ACCEPTED_TIMELINE_FORMS =
  'a duration ("two weeks", "10 days", "within 10 days", "in a few days", "a week", "1-2 weeks"), ' +
  'a weekday ("by Friday", "next Tuesday"), a week ("end of the week", "next week", "end of next week"), ' +
  'part of a month ("early December", "mid December", "late December", "end of the month", "next month") ' +
  'a day of the month ("by the 15th") or a date ("2026-12-04", "Dec 4", "December 4th")';

/**
 * Resolves a stated timeline (R3) relative to the interview's local date in `timeZone`, refusing
 * words that give no date (keepTimeline keeps them instead). Durations count calendar days ("two
 * weeks" after a Friday is the Friday two weeks on); periods resolve to their last day ("next
 * week" → its Friday, "early December" → 10 December, "mid" → 20th).
 */
export function resolveTimeline(
  text: string,
  interviewStartsAt: string,
  timeZone: string,
): ResolvedTimeline {
  const kept = keepTimeline(text, interviewStartsAt, timeZone);
  if (kept.date === null) {
    throw invalidInput("timeline", `Cannot read the timeline "${text}".`, ACCEPTED_TIMELINE_FORMS);
  }
  return { text, date: kept.date };
}

import * as chrono from "chrono-node";
import { civilOf, epochDayOf } from "../calendar/local-date.js";
import { TIMELINE_READERS } from "./timeline-readers.js";

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
 * The day (a day number) a timeline said at an interview held on `baseDay` ends on (R3), or null
 * when the words give no date ("hmm, they were vague"). Our readers first, then chrono for dates.
 * The day may fall before the interview; the callers decide what that means.
 */
export function readTimelineDay(text: string, baseDay: number): number | null {
  const cleaned = clean(text);
  for (const read of TIMELINE_READERS) {
    const day = read(cleaned, baseDay);
    if (day !== null) return day;
  }
  return cleaned === "" ? null : readWithChrono(text, baseDay);
}

import { addDays } from "../calendar/local-date.js";
import { resolveTimeline } from "../timeline/resolve-timeline.js";
import type { PlanContext } from "./plan-context.js";

/** R11's reference day, and whether the employer stated it (R3) or we assumed it (001: 7–10 days). */
export interface TimelineDay {
  date: string;
  stated: boolean;
}

export function timelineDay(ctx: PlanContext): TimelineDay {
  const { interview, settings } = ctx.facts;
  let date = interview.timelineDate;
  if (date === null && interview.timelineText !== null) {
    try {
      date = resolveTimeline(interview.timelineText, interview.startsAt, interview.timeZone).date;
    } catch {
      // Unreadable text was refused when it was entered; planning falls back to the assumption.
      date = null;
    }
  }
  if (date === null) {
    return { date: addDays(ctx.interviewDate, settings.assumedTimelineDays), stated: false };
  }
  // A stored date before the interview cannot be meant: count from the interview day.
  if (date < ctx.interviewDate) date = ctx.interviewDate;
  return { date, stated: true };
}

import { instantMs } from "../calendar/instant-ms.js";
import { addDays, fromEpochDay, toEpochDay } from "../calendar/local-date.js";
import { localDateAt } from "../calendar/zoned-time.js";
import type { InterviewEvent } from "../domain/types.js";
import { readTimelineDay } from "../timeline/read-timeline-day.js";
import type { PlanContext } from "./plan-context.js";

/**
 * R11's reference day, and where it comes from: news a later answer brought (R16), the employer's
 * words at the interview (R3), no words at all, or words that give no date ("hmm, they were
 * vague"); for the last two it is assumed (001: 7–10 days).
 */
export interface TimelineDay {
  date: string;
  basis: "news" | "news-unreadable" | "stated" | "none" | "unreadable";
}

export function timelineDay(ctx: PlanContext, news: InterviewEvent | null): TimelineDay {
  const { interview, settings } = ctx.facts;
  // R16: the latest answer that said when they decide is what the employer says now.
  if (news !== null) {
    const saidOn = localDateAt(instantMs(news.occurredAt), ctx.interview.timeZone);
    let date = news.timelineDate;
    // Words kept without a date are read again, from the day they were said (R3).
    if (date === null && news.timelineText !== null) {
      const day = readTimelineDay(news.timelineText, toEpochDay(saidOn));
      date = day === null ? null : fromEpochDay(day);
    }
    if (date === null) {
      // R11's assumed default, counted from the answer that gave no date.
      return { date: addDays(saidOn, settings.assumedTimelineDays), basis: "news-unreadable" };
    }
    return { date: date < ctx.interviewDate ? ctx.interviewDate : date, basis: "news" };
  }
  const words = interview.timelineText?.trim() ? interview.timelineText : null;
  let date = interview.timelineDate;
  // Words kept without a date are read again: a reader added since may understand them.
  if (date === null && words !== null) {
    const day = readTimelineDay(words, toEpochDay(ctx.interviewDate));
    date = day === null ? null : fromEpochDay(day);
  }
  if (date === null) {
    return {
      date: addDays(ctx.interviewDate, settings.assumedTimelineDays),
      basis: words === null ? "none" : "unreadable",
    };
  }
  // A date before the interview cannot be meant: count from the interview day.
  if (date < ctx.interviewDate) date = ctx.interviewDate;
  return { date, basis: "stated" };
}

import { addDays } from "../calendar/local-date.js";
import { resolveTimeline } from "../timeline/resolve-timeline.js";
export function timelineDay(ctx) {
    const { interview, settings } = ctx.facts;
    let date = interview.timelineDate;
    if (date === null && interview.timelineText !== null) {
        try {
            date = resolveTimeline(interview.timelineText, interview.startsAt, interview.timeZone).date;
        }
        catch {
            // Unreadable text was refused when it was entered; planning falls back to the assumption.
            date = null;
        }
    }
    if (date === null) {
        return { date: addDays(ctx.interviewDate, settings.assumedTimelineDays), stated: false };
    }
    return { date: date < ctx.interviewDate ? ctx.interviewDate : date, stated: true };
}

import { DateTime } from "luxon";
import type { Contact, InterviewEvent } from "../../domain/types.js";
import { DATE_FORMATS, type DateOrder } from "../describe-dates.js";
import { describeDecisionTimeline } from "./describe-decision-timeline.js";

export interface TimelineNewsInput {
  /** The interview's events (R16): replies and calls may bring a new decision date. */
  events: readonly InterviewEvent[];
  interviewId: string;
  reader: Contact | null;
  people: readonly Contact[];
  today: string;
  timeZone: string;
  order: DateOrder;
}

/**
 * The latest news about when they decide, as a message says it (R11, R16): "When you wrote on
 * 24 November, you planned to decide by Friday 4 December", or "Inés García let me know on
 * 24 November that you planned to decide by Friday 4 December" when a colleague sent it. Null
 * when no reply or call on the interview gave a date; the interview's own timeline then holds.
 */
export function describeTimelineNews(input: TimelineNewsInput): string | null {
  const news = input.events
    .filter(
      (e) =>
        e.interviewId === input.interviewId &&
        (e.kind === "reply" || e.kind === "call") &&
        e.timelineDate !== null &&
        e.timelineText !== null,
    )
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    .at(-1);
  if (news === undefined) return null;
  const meaning = describeDecisionTimeline(
    news.timelineText,
    news.timelineDate,
    input.today,
    input.order,
  );
  if (meaning === null) return null;
  const day = DateTime.fromISO(news.occurredAt, { zone: "utc" })
    .setZone(input.timeZone)
    .setLocale("en-US")
    .toFormat(DATE_FORMATS[input.order].day);
  const from = input.people.find((p) => p.id === news.contactId) ?? null;
  if (from !== null && from.id === input.reader?.id) {
    return `When ${news.kind === "call" ? "we spoke" : "you wrote"} on ${day}, ${meaning}`;
  }
  if (from !== null) return `${from.name} let me know on ${day} that ${meaning}`;
  return `On ${day} I heard that ${meaning}`;
}

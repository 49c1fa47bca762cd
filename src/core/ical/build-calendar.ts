import ical, { ICalAlarmType, type ICalCalendar, ICalEventStatus } from "ical-generator";
import type { DateTime } from "luxon";
import type { ActionStatus, FollowUpAction } from "../domain/types.js";
import { actionSummary } from "./action-summary.js";
import type { CalendarInput } from "./build-calendar.types.js";
import { buildVTimezone } from "./build-vtimezone.js";
import { reminderTime } from "./reminder-time.js";
import { isRepeatedWallTime, zonedDateTime } from "./zoned-date-time.js";

/** Only actions still to do get a reminder; sent, done, skipped and cancelled ones do not. */
const OPEN_STATUSES: readonly ActionStatus[] = ["planned", "drafted", "approved"];
/** Withdrawn from the plan: sent as STATUS:CANCELLED, so a calendar that has the event drops it. */
const WITHDRAWN_STATUSES: readonly ActionStatus[] = ["skipped", "cancelled"];
const INTERVIEW_MINUTES = 60;
const ACTION_MINUTES = 30;
/**
 * The alarm fires 15 minutes before the due time rather than at window.start: it is relative,
 * so it moves with the event when a re-plan moves the date, and it prompts on the day the
 * message is due (R26) instead of days ahead, when it would be dismissed and forgotten.
 */
const ALARM_SECONDS_BEFORE = 15 * 60;

interface Timed {
  start: DateTime;
  end: DateTime;
  /** Null when the wall time repeats at a DST change: then the event is written in UTC. */
  timezone: string | null;
}

function timed(start: DateTime, minutes: number): Timed {
  const repeated = isRepeatedWallTime(start);
  return {
    start,
    end: start.plus({ minutes }),
    timezone: repeated ? null : start.zoneName,
  };
}

/** Adds every event and returns their starts. */
function addEvents(calendar: ICalCalendar, input: CalendarInput, stamp: DateTime): DateTime[] {
  const starts: DateTime[] = [];
  input.interviews.forEach(({ interview, companyName, role }, index) => {
    const start = zonedDateTime(interview.startsAt, interview.timeZone, {
      instant: `interviews[${index}].interview.startsAt`,
      zone: `interviews[${index}].interview.timeZone`,
    });
    starts.push(start);
    calendar.createEvent({
      id: `interview-${interview.id}@followthrough`,
      ...timed(start, INTERVIEW_MINUTES),
      stamp,
      summary: `Interview: ${role} at ${companyName} (round ${interview.round})`,
      description:
        [interview.nextStep, interview.timelineText].filter((t) => t !== null).join("\n") || null,
      location: interview.location,
    });
  });
  input.actions.forEach(({ action, contactName, companyName, sequence, timeZone }, index) => {
    const open = OPEN_STATUSES.includes(action.status);
    if (!open && !WITHDRAWN_STATUSES.includes(action.status)) return;
    const fields = (name: string) => ({
      instant: `actions[${index}].action.window.${name}`,
      zone: `actions[${index}].timeZone`,
    });
    const due = zonedDateTime(action.window.due, timeZone, fields("due"));
    const { start, moved } = reminderTime({
      due,
      opens: zonedDateTime(action.window.start, timeZone, fields("start")),
      userZone: input.userZone,
      forUserAlone: action.kind === "move-on",
    });
    const summary = actionSummary(action.kind, contactName, companyName);
    starts.push(start);
    calendar.createEvent({
      // One stable UID per action, so one reminder per person (R24) and a re-plan that moves
      // the date updates the event instead of adding a second one.
      id: `${action.id}@followthrough`,
      sequence,
      ...timed(start, ACTION_MINUTES),
      stamp,
      summary,
      status: open ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
      description: [
        ...(open ? [] : [withdrawnLine(action)]),
        ...(moved ? [movedLine(due, start)] : []),
        `${action.why}\n\nRules: ${action.rules.join(", ")}`,
      ].join("\n\n"),
      alarms: open
        ? [{ type: ICalAlarmType.display, trigger: ALARM_SECONDS_BEFORE, description: summary }]
        : [],
    });
  });
  return starts;
}

function withdrawnLine(action: FollowUpAction): string {
  if (action.status === "skipped")
    return `Skipped by you${action.skipReason ? `: ${action.skipReason}` : ""}. Nothing to do.`;
  return "No longer in the plan (something changed it, R16). Nothing to do.";
}

/** Why a reminder is not at the due time: that is in the user's night (reminderTime). */
function movedLine(due: DateTime, start: DateTime): string {
  const there = due.toFormat("ccc d LLL HH:mm");
  const here = due.setZone(start.zone).toFormat("ccc d LLL HH:mm");
  return `Due ${there} in ${due.zoneName} (${here} for you, at night), so this reminder is in your morning; approved and queued, the message goes out in their business hours.`;
}

/** The years every event falls in, padded by one, so each VTIMEZONE covers them all. */
function yearSpan(times: DateTime[]): [number, number] {
  const years = times.map((t) => t.year);
  return [Math.min(...years) - 1, Math.max(...years) + 1];
}

/**
 * The interviews and open follow-ups as an RFC 5545 calendar (R24: reminders in your calendar,
 * one per person). Each event is written in its own zone with a VTIMEZONE, so 09:00 for the
 * recipient stays 09:00 whatever zone the reader's calendar is in.
 */
export function buildCalendar(input: CalendarInput): string {
  const stamp = zonedDateTime(input.now, "UTC", { instant: "now", zone: "now" });
  const calendar = ical({
    name: input.name,
    prodId: { company: input.prodIdDomain ?? "followthrough", product: "followthrough" },
  });
  const starts = addEvents(calendar, input, stamp);
  const [fromYear, toYear] = starts.length === 0 ? [0, 0] : yearSpan(starts);
  // The calendar itself has no zone (name null), so DTSTAMP stays in UTC with a Z.
  calendar.timezone({ name: null, generator: (zone) => buildVTimezone(zone, fromYear, toYear) });
  return calendar.toString();
}

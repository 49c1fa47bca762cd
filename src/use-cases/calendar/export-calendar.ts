import { createHash } from "node:crypto";
import type { FollowUpAction } from "../../core/domain/types.js";
import { actionSummary } from "../../core/ical/action-summary.js";
import { buildCalendar } from "../../core/ical/build-calendar.js";
import type { CalendarAction } from "../../core/ical/build-calendar.types.js";
import { listOpenActionsDueBefore } from "../../store/repositories/action.repository.js";
import {
  listCalendarSequences,
  listWithdrawnCalendarActions,
  saveCalendarSequence,
} from "../../store/repositories/calendar.repository.js";
import { listContacts } from "../../store/repositories/contact.repository.js";
import { listInterviewSummaries } from "../../store/repositories/interview.repository.js";
import { findProfile } from "../../store/repositories/profile.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";

const END_OF_TIME = "9999-12-31T23:59:59.999Z";
/**
 * How long the subscribed feed still carries a skipped or cancelled action as CANCELLED. A
 * subscribing calendar reads the feed every few hours and drops what is gone anyway; the grace
 * covers one that was offline. An exported file always carries them: a calendar that imported an
 * older file keeps its events until a newer file cancels them.
 */
export const FEED_CANCELLED_GRACE_DAYS = 30;

export interface ExportCalendarOptions {
  /** "file" (the default) for an export to import; "feed" for the subscribed address. */
  purpose?: "file" | "feed";
}

export interface ExportedCalendar {
  /** RFC 5545 text. */
  text: string;
  interviews: number;
  /** Open follow-ups in it. */
  actions: number;
  /** Skipped or cancelled follow-ups sent as STATUS:CANCELLED. */
  cancelled: number;
}

/**
 * Every interview and every open follow-up as one calendar (R24: reminders in your calendar,
 * one per person), each reminder in the user's waking day (reminderTime). An action keeps its UID
 * for life; its SEQUENCE goes up whenever what the calendar shows of it changes (a re-plan, a
 * snooze, a skip or cancel), so a client updates the event instead of adding a second one, and
 * one that was skipped or cancelled after a calendar got it is sent as STATUS:CANCELLED.
 */
export async function exportCalendar(
  ctx: UseCaseContext,
  options: ExportCalendarOptions = {},
): Promise<ExportedCalendar> {
  return inTransaction(ctx, async (tx) => {
    const [open, withdrawn, contacts, interviews, sequences, profile] = await Promise.all([
      listOpenActionsDueBefore(tx.db, tx.accountId, END_OF_TIME),
      listWithdrawnCalendarActions(tx.db, tx.accountId),
      listContacts(tx.db, tx.accountId),
      listInterviewSummaries(tx.db, tx.accountId),
      listCalendarSequences(tx.db, tx.accountId),
      findProfile(tx.db, tx.accountId),
    ]);
    const graceStart = Date.parse(tx.now()) - FEED_CANCELLED_GRACE_DAYS * 86_400_000;
    const cancelled =
      options.purpose === "feed"
        ? withdrawn.filter((row) => Date.parse(row.updatedAt) >= graceStart)
        : withdrawn;
    const contactZone = new Map(contacts.map((c) => [c.id, c.timeZone]));
    const interviewZone = new Map(interviews.map((s) => [s.interview.id, s.interview.timeZone]));
    const userZone = profile?.timeZone ?? "UTC";
    const actions: CalendarAction[] = [];
    for (const { action, contactName, companyName } of [...open, ...cancelled]) {
      // The recipient's zone: 09:00 for them is what the plan means (R11, R12); the move-on is
      // the user's own note (R15), planned in the user's zone.
      const timeZone =
        action.kind === "move-on"
          ? userZone
          : ((action.contactId ? contactZone.get(action.contactId) : null) ??
            interviewZone.get(action.interviewId) ??
            "UTC");
      const fingerprint = fingerprintOf(action, contactName, companyName, timeZone, userZone);
      const stored = sequences.get(action.id);
      let sequence = stored?.sequence ?? 0;
      if (stored?.fingerprint !== fingerprint) {
        if (stored) sequence += 1;
        await saveCalendarSequence(tx.db, tx.accountId, {
          actionId: action.id,
          sequence,
          fingerprint,
        });
      }
      actions.push({ action, contactName, companyName, sequence, timeZone });
    }
    const text = buildCalendar({
      name: "followthrough: interviews and follow-ups",
      userZone,
      interviews: interviews.map(({ interview, companyName, role }) => ({
        interview,
        companyName,
        role,
      })),
      actions,
      now: tx.now(),
    });
    return {
      text,
      interviews: interviews.length,
      actions: open.length,
      cancelled: cancelled.length,
    };
  });
}

/** What the calendar shows of an action; a change of it raises the SEQUENCE. */
function fingerprintOf(
  action: FollowUpAction,
  contactName: string | null,
  companyName: string,
  timeZone: string,
  userZone: string,
): string {
  const withdrawn = action.status === "skipped" || action.status === "cancelled";
  return createHash("sha256")
    .update(
      JSON.stringify([
        action.window.start,
        action.window.due,
        action.kind,
        action.channel,
        actionSummary(action.kind, contactName, companyName),
        action.why,
        action.rules,
        timeZone,
        // The reminder's time depends on the user's zone; a withdrawn one on why it went.
        userZone,
        ...(withdrawn ? [action.status, action.skipReason] : []),
      ]),
    )
    .digest("hex");
}

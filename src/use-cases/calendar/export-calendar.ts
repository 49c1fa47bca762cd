import { createHash } from "node:crypto";
import { actionSummary } from "../../core/ical/action-summary.js";
import { buildCalendar } from "../../core/ical/build-calendar.js";
import type { CalendarAction } from "../../core/ical/build-calendar.types.js";
import { listOpenActionsDueBefore } from "../../store/repositories/action.repository.js";
import {
  listCalendarSequences,
  saveCalendarSequence,
} from "../../store/repositories/calendar.repository.js";
import { listContacts } from "../../store/repositories/contact.repository.js";
import { listInterviewSummaries } from "../../store/repositories/interview.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";

const END_OF_TIME = "9999-12-31T23:59:59.999Z";

export interface ExportedCalendar {
  /** RFC 5545 text. */
  text: string;
  interviews: number;
  actions: number;
}

/**
 * Every interview and every open follow-up as one calendar (R24: reminders in your calendar,
 * one per person). An action keeps its UID for life; its SEQUENCE goes up whenever what the
 * calendar shows of it changes (a re-plan, a snooze), so a client updates the event instead of
 * adding a second one.
 */
export async function exportCalendar(ctx: UseCaseContext): Promise<ExportedCalendar> {
  return inTransaction(ctx, async (tx) => {
    const [rows, contacts, interviews, sequences] = await Promise.all([
      listOpenActionsDueBefore(tx.db, tx.accountId, END_OF_TIME),
      listContacts(tx.db, tx.accountId),
      listInterviewSummaries(tx.db, tx.accountId),
      listCalendarSequences(tx.db, tx.accountId),
    ]);
    const contactZone = new Map(contacts.map((c) => [c.id, c.timeZone]));
    const interviewZone = new Map(interviews.map((s) => [s.interview.id, s.interview.timeZone]));
    const actions: CalendarAction[] = [];
    for (const { action, contactName, companyName } of rows) {
      // The recipient's zone: 09:00 for them is what the plan means (R11, R12).
      const timeZone =
        (action.contactId ? contactZone.get(action.contactId) : null) ??
        interviewZone.get(action.interviewId) ??
        "UTC";
      const fingerprint = createHash("sha256")
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
          ]),
        )
        .digest("hex");
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
      interviews: interviews.map(({ interview, companyName, role }) => ({
        interview,
        companyName,
        role,
      })),
      actions,
      now: tx.now(),
    });
    return { text, interviews: interviews.length, actions: actions.length };
  });
}

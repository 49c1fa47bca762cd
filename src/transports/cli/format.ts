import { DateTime } from "luxon";
import type { FollowUpAction, Interview } from "../../core/domain/types.js";

/** "Fri 20 Nov 2026 14:00 (America/New_York)" */
export function formatWhen(instant: string, zone: string): string {
  return `${DateTime.fromISO(instant, { zone }).toFormat("ccc d LLL yyyy HH:mm")} (${zone})`;
}

export function formatInterviewLine(
  interview: Interview,
  companyName: string,
  role: string,
): string {
  return `${interview.id}  ${formatWhen(interview.startsAt, interview.timeZone)}  ${companyName} — ${role} (round ${interview.round})`;
}

export function formatActionLine(action: FollowUpAction, contactName: string | null): string {
  const who = contactName ? ` to ${contactName}` : "";
  const due = DateTime.fromISO(action.window.due, { setZone: true }).toFormat(
    "ccc d LLL HH:mm ZZZZ",
  );
  return `${action.id}  ${action.dueDate}  ${action.kind}${who} via ${action.channel} [${action.status}] due ${due}\n    ${action.why}`;
}

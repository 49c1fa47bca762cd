import type { UseCaseContext } from "../context.js";
import { exportData } from "./export-data.js";

const COLUMNS = [
  "company",
  "role",
  "application_status",
  "interview_id",
  "round",
  "starts_at",
  "time_zone",
  "format",
  "timeline",
  "timeline_date",
  "contact_id",
  "contact_name",
  "contact_title",
  "contact_role",
  "contact_email",
  "contact_phone",
  "follow_up_on",
  "follow_up_via",
] as const;

/**
 * A spreadsheet view: one row per person per interview (an interview with nobody yet gets one
 * row). JSON is the complete format that import reads; CSV is for looking at.
 */
export async function exportCsv(ctx: UseCaseContext): Promise<string> {
  const doc = await exportData(ctx);
  const companies = new Map(doc.companies.map((c) => [c.id, c]));
  const applications = new Map(doc.applications.map((a) => [a.id, a]));
  const contacts = new Map(doc.contacts.map((c) => [c.id, c]));
  const lines = [COLUMNS.join(",")];
  const interviews = [...doc.interviews].sort((a, b) =>
    a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0,
  );
  for (const interview of interviews) {
    const application = applications.get(interview.applicationId);
    const company = application ? companies.get(application.companyId) : undefined;
    const seats = doc.participations.filter((p) => p.interviewId === interview.id);
    const rows = seats.length > 0 ? seats : [null];
    for (const seat of rows) {
      const contact = seat ? contacts.get(seat.contactId) : undefined;
      const cells = [
        company?.name,
        application?.role,
        application?.status,
        interview.id,
        String(interview.round),
        interview.startsAt,
        interview.timeZone,
        interview.format,
        interview.timelineText,
        interview.timelineDate,
        contact?.id,
        contact?.name,
        contact?.title,
        contact?.role,
        contact?.email,
        contact?.phone,
        seat?.followUpOn,
        seat?.followUpVia,
      ];
      lines.push(cells.map(csvCell).join(","));
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** RFC 4180 quoting; a leading = + @ is neutralised so a spreadsheet does not run it as a formula. */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

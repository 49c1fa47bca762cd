import { z } from "zod";
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  APPLICATION_STATUSES,
  CHANNELS,
  CONTACT_ROLES,
  DECISION_OUTCOMES,
  DIRECTIONS,
  EVENT_KINDS,
  INTERVIEW_FORMATS,
  NOTE_KINDS,
  type RuleId,
} from "../../core/domain/types.js";

// The export document: every record of one account, each list sorted by id, so that
// export → import into an empty store → export gives the same bytes.

const instant = z.iso.datetime({
  offset: true,
  message: "must be an ISO instant such as 2026-11-20T14:00:00.000Z",
});
const date = z.iso.date({ message: "must be a date as YYYY-MM-DD" });
const nullableText = z.string().nullable();
const recordId = z.string().regex(/^[a-z]+_[0-9a-z]+$/, "must be an id such as iv_abc123");

const profile = z.object({
  name: nullableText,
  email: nullableText,
  phone: nullableText,
  postalAddress: nullableText,
  signature: nullableText,
  timeZone: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
  region: nullableText,
  strengths: z.array(z.string()),
  sendCard: z.boolean(),
  linkedIn: z.boolean(),
  summaryLetter: z.boolean(),
  maxUnanswered: z.number().int().min(1),
  assumedTimelineDays: z.number().int().min(1),
  updatedAt: instant.nullable(),
});

const company = z.object({
  id: recordId,
  name: z.string().min(1),
  website: nullableText,
  country: nullableText,
  region: nullableText,
});

const application = z.object({
  id: recordId,
  companyId: recordId,
  role: z.string().min(1),
  postingUrl: nullableText,
  status: z.enum(APPLICATION_STATUSES),
  createdAt: instant,
});

const interview = z.object({
  id: recordId,
  applicationId: recordId,
  round: z.number().int().min(1),
  startsAt: instant,
  timeZone: z.string().min(1),
  format: z.enum(INTERVIEW_FORMATS),
  location: nullableText,
  timelineText: nullableText,
  timelineDate: date.nullable(),
  nextStep: nullableText,
  feeling: nullableText,
  country: nullableText,
  region: nullableText,
  sendCard: z.boolean().nullable(),
  summaryLetter: z.boolean().nullable(),
  createdAt: instant,
});

const contact = z.object({
  id: recordId,
  companyId: recordId,
  name: z.string().min(1),
  title: nullableText,
  email: nullableText,
  phone: nullableText,
  linkedinUrl: nullableText,
  postalAddress: nullableText,
  preferredChannel: z.enum(CHANNELS).nullable(),
  role: z.enum(CONTACT_ROLES),
  agreedToConnect: z.boolean(),
  timeZone: nullableText,
  createdAt: instant,
});

const participation = z.object({
  interviewId: recordId,
  contactId: recordId,
  seat: z.number().int().min(0),
  followUpOn: date.nullable(),
  followUpVia: z.enum(CHANNELS).nullable(),
});

const note = z.object({
  id: recordId,
  interviewId: recordId,
  contactId: recordId.nullable(),
  kind: z.enum(NOTE_KINDS),
  text: z.string().min(1),
  createdAt: instant,
});

const correspondence = z.object({
  id: recordId,
  applicationId: recordId.nullable(),
  interviewId: recordId.nullable(),
  direction: z.enum(DIRECTIONS),
  channel: z.enum(CHANNELS),
  occurredAt: instant,
  contactIds: z.array(recordId),
  subject: nullableText,
  body: z.string(),
  messageId: nullableText,
  threadId: nullableText,
  inReplyTo: nullableText,
  actionId: nullableText,
  createdAt: instant,
});

const event = z.object({
  id: recordId,
  interviewId: recordId,
  contactId: recordId.nullable(),
  kind: z.enum(EVENT_KINDS),
  outcome: z.enum(DECISION_OUTCOMES).nullable(),
  occurredAt: instant,
  nextInterviewId: recordId.nullable(),
  note: nullableText,
  // Absent from exports made before events carried news: read as none.
  timelineText: nullableText.default(null),
  timelineDate: date.nullable().default(null),
  createdAt: instant,
});

const action = z.object({
  id: recordId,
  interviewId: recordId,
  contactId: recordId.nullable(),
  kind: z.enum(ACTION_KINDS),
  channel: z.enum(CHANNELS),
  window: z.object({ start: instant, due: instant, late: instant, overdue: instant }),
  dueDate: date,
  rules: z
    .array(
      z
        .string()
        .regex(/^R\d+$/, "must be a rule id such as R11")
        .transform((r) => r as RuleId),
    )
    .min(1),
  why: z.string(),
  status: z.enum(ACTION_STATUSES),
  snoozedUntil: instant.nullable(),
  doneAt: instant.nullable(),
  skipReason: nullableText,
  correspondenceId: recordId.nullable(),
});

export const exportDocument = z.strictObject({
  format: z.literal("followthrough-export"),
  version: z.literal(1),
  profile: profile.nullable(),
  companies: z.array(company),
  applications: z.array(application),
  interviews: z.array(interview),
  contacts: z.array(contact),
  participations: z.array(participation),
  notes: z.array(note),
  correspondence: z.array(correspondence),
  events: z.array(event),
  actions: z.array(action),
});
export type ExportDocument = z.output<typeof exportDocument>;

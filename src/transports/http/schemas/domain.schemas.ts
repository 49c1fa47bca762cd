import { z } from "@hono/zod-openapi";
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
} from "../../../core/domain/types.js";

// Response schemas: the records as the API returns them (the domain types, named for OpenAPI).

const nullableText = z.string().nullable();
const ruleId = z.custom<RuleId>((v) => typeof v === "string" && /^R\d+$/.test(v), {
  message: "must be a rule id such as R11",
});

export const profileSchema = z
  .object({
    name: nullableText,
    email: nullableText,
    phone: nullableText,
    postalAddress: nullableText,
    signature: nullableText,
    timeZone: z.string(),
    country: z.string(),
    region: nullableText,
    strengths: z.array(z.string()),
    sendCard: z.boolean(),
    linkedIn: z.boolean(),
    summaryLetter: z.boolean(),
    maxUnanswered: z.number().int(),
    assumedTimelineDays: z.number().int(),
    updatedAt: nullableText,
  })
  .openapi("Profile");

export const companySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    website: nullableText,
    country: nullableText,
    region: nullableText,
  })
  .openapi("Company");

export const applicationSchema = z
  .object({
    id: z.string(),
    companyId: z.string(),
    role: z.string(),
    postingUrl: nullableText,
    status: z.enum(APPLICATION_STATUSES),
    createdAt: z.string(),
  })
  .openapi("Application");

export const interviewSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    round: z.number().int(),
    startsAt: z.string().openapi({ description: "UTC instant" }),
    timeZone: z.string(),
    format: z.enum(INTERVIEW_FORMATS),
    location: nullableText,
    timelineText: nullableText.openapi({ description: "R3: the timeline as said" }),
    timelineDate: nullableText.openapi({ description: "R3: resolved to YYYY-MM-DD" }),
    nextStep: nullableText,
    feeling: nullableText,
    country: nullableText,
    region: nullableText,
    sendCard: z.boolean().nullable(),
    summaryLetter: z.boolean().nullable(),
    createdAt: z.string(),
  })
  .openapi("Interview");

export const contactSchema = z
  .object({
    id: z.string(),
    companyId: z.string(),
    name: z.string().openapi({ description: "R1: exactly as on the business card" }),
    title: nullableText,
    email: nullableText,
    phone: nullableText,
    linkedinUrl: nullableText,
    postalAddress: nullableText,
    preferredChannel: z.enum(CHANNELS).nullable(),
    role: z.enum(CONTACT_ROLES),
    agreedToConnect: z.boolean().openapi({ description: "R5" }),
    timeZone: nullableText,
    createdAt: z.string(),
  })
  .openapi("Contact");

export const participationSchema = z
  .object({
    interviewId: z.string(),
    contactId: z.string(),
    followUpOn: nullableText,
    followUpVia: z.enum(CHANNELS).nullable(),
  })
  .openapi("Participation");

export const participantSchema = contactSchema
  .extend({ followUpOn: nullableText, followUpVia: z.enum(CHANNELS).nullable() })
  .openapi("Participant");

export const noteSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    contactId: nullableText,
    kind: z.enum(NOTE_KINDS),
    text: z.string(),
    createdAt: z.string(),
  })
  .openapi("Note");

export const correspondenceSchema = z
  .object({
    id: z.string(),
    applicationId: nullableText,
    interviewId: nullableText,
    direction: z.enum(DIRECTIONS),
    channel: z.enum(CHANNELS),
    occurredAt: z.string(),
    contactIds: z.array(z.string()),
    subject: nullableText,
    body: z.string(),
    messageId: nullableText,
    threadId: nullableText,
    inReplyTo: nullableText,
    actionId: nullableText,
    createdAt: z.string(),
  })
  .openapi("Correspondence");

export const eventSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    contactId: nullableText,
    kind: z.enum(EVENT_KINDS),
    outcome: z.enum(DECISION_OUTCOMES).nullable(),
    occurredAt: z.string(),
    nextInterviewId: nullableText,
    note: nullableText,
    timelineText: nullableText,
    timelineDate: nullableText,
    createdAt: z.string(),
  })
  .openapi("InterviewEvent");

export const actionSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    contactId: nullableText,
    kind: z.enum(ACTION_KINDS),
    channel: z.enum(CHANNELS),
    window: z.object({
      start: z.string(),
      due: z.string(),
      late: z.string(),
      overdue: z.string(),
    }),
    dueDate: z.string(),
    rules: z.array(ruleId).openapi({ type: "array", items: { type: "string" } }),
    why: z.string().openapi({ description: "The reason, in a sentence, citing the rules" }),
    status: z.enum(ACTION_STATUSES),
    snoozedUntil: nullableText,
    doneAt: nullableText,
    skipReason: nullableText,
    correspondenceId: nullableText,
  })
  .openapi("FollowUpAction");

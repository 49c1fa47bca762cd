import { z } from "@hono/zod-openapi";
import {
  actionSchema,
  applicationSchema,
  companySchema,
  contactSchema,
  correspondenceSchema,
  eventSchema,
  interviewSchema,
  noteSchema,
  participantSchema,
  participationSchema,
} from "./domain.schemas.js";
import { planChangeSchema } from "./plan-change.schema.js";

// Composite responses: what one screen needs in one call.

/** What Today shows of a follow-up (R26); the whole action, window included, comes when opened. */
export const agendaActionSchema = actionSchema
  .pick({
    id: true,
    contactId: true,
    kind: true,
    channel: true,
    dueDate: true,
    snoozedUntil: true,
    rules: true,
    why: true,
  })
  .openapi("AgendaAction");

export const agendaRowSchema = z
  .object({
    action: agendaActionSchema,
    contactName: z.string().nullable(),
    companyName: z.string(),
    role: z.string(),
  })
  .openapi("AgendaRow");

const agendaCount = z.number().int().min(0);

export const agendaSchema = z
  .object({
    today: z.string().openapi({ description: "The user's local date" }),
    counts: z
      .object({ overdue: agendaCount, dueToday: agendaCount, upcoming: agendaCount })
      .openapi({ description: "How many follow-ups each group holds in all, whatever the page" }),
    overdue: z.array(agendaRowSchema),
    dueToday: z.array(agendaRowSchema),
    upcoming: z.array(agendaRowSchema),
  })
  .openapi("Agenda");

export const planSchema = z.object({ actions: z.array(actionSchema) }).openapi("Plan");

export const interviewSummarySchema = z
  .object({
    interview: interviewSchema,
    companyId: z.string(),
    companyName: z.string(),
    role: z.string(),
  })
  .openapi("InterviewSummary");

export const addedInterviewSchema = z
  .object({ interview: interviewSchema, company: companySchema, application: applicationSchema })
  .openapi("AddedInterview");

export const interviewDetailSchema = z
  .object({
    interview: interviewSchema,
    company: companySchema,
    application: applicationSchema,
    contacts: z.array(participantSchema),
    notes: z.array(noteSchema),
    events: z.array(eventSchema),
    correspondence: z.array(correspondenceSchema),
    actions: z.array(actionSchema),
  })
  .openapi("InterviewDetail");

export const contactDetailSchema = z
  .object({ contact: contactSchema, participations: z.array(participationSchema) })
  .openapi("ContactDetail");

export const recordedEventSchema = z
  .object({
    event: eventSchema,
    nextInterview: interviewSchema.nullable(),
    moved: z.array(planChangeSchema),
  })
  .openapi("RecordedEvent");

export const importSummarySchema = z
  .object({
    companies: z.number().int(),
    interviews: z.number().int(),
    contacts: z.number().int(),
    notes: z.number().int(),
    correspondence: z.number().int(),
    events: z.number().int(),
    actions: z.number().int(),
    templates: z.number().int().openapi({ description: "Edited templates" }),
    trash: z.number().int().openapi({ description: "Deleted records waiting in the trash" }),
  })
  .openapi("ImportSummary");

export const timelineEntrySchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("interview"),
      at: z.string(),
      interview: interviewSchema,
      contactIds: z.array(z.string()),
    }),
    z.object({ type: z.literal("event"), at: z.string(), event: eventSchema }),
    z.object({
      type: z.literal("correspondence"),
      at: z.string(),
      correspondence: correspondenceSchema,
    }),
    z.object({ type: z.literal("action"), at: z.string(), action: actionSchema }),
  ])
  .openapi("TimelineEntry");

export const applicationDetailSchema = z
  .object({
    application: applicationSchema,
    company: companySchema,
    contacts: z.array(participantSchema),
    notes: z.array(noteSchema),
    timeline: z.array(timelineEntrySchema),
  })
  .openapi("ApplicationDetail");

const trashed = {
  id: z.string(),
  label: z.string().openapi({ description: "What the record was, in words" }),
  deletedAt: z.string(),
};
export const trashEntrySchema = z
  .discriminatedUnion("kind", [
    z.object({ ...trashed, kind: z.literal("note"), record: noteSchema }),
    z.object({ ...trashed, kind: z.literal("event"), record: eventSchema }),
    z.object({
      ...trashed,
      kind: z.literal("correspondence"),
      record: correspondenceSchema.extend({
        replyEvent: eventSchema
          .nullable()
          .openapi({ description: "The reply event the message recorded (R16)" }),
        fulfilled: actionSchema
          .nullable()
          .openapi({ description: "The follow-up it fulfilled, as it stood (R25)" }),
        outboxIds: z.array(z.string()),
      }),
    }),
  ])
  .openapi("DeletedRecord");

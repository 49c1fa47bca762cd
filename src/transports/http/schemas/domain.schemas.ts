import { z } from "@hono/zod-openapi";
import type { Participant } from "../../../store/repositories/contact.repository.js";
import {
  actionRecord,
  applicationRecord,
  companyRecord,
  contactRecord,
  correspondenceRecord,
  eventRecord,
  interviewRecord,
  noteRecord,
  participationRecord,
  profileRecord,
  recordOf,
} from "../../../use-cases/record-schemas.js";

// Response schemas: the records as the API returns them — the one description of each record
// (use-cases/record-schemas.ts), named and explained for OpenAPI.

/**
 * The record's shape in a new object, named for OpenAPI. New, because zod gives `.openapi()` only
 * to schemas made after @hono/zod-openapi has loaded, and the records may be made before it (the
 * CLI loads them without the HTTP server). Field notes use zod's own `.describe()` for the same
 * reason.
 */
const named = <Shape extends z.ZodRawShape>(record: z.ZodObject<Shape>, name: string) =>
  z.object(record.shape).openapi(name);

export const profileSchema = named(profileRecord, "Profile");

export const companySchema = named(companyRecord, "Company");

export const applicationSchema = named(applicationRecord, "Application");

export const interviewSchema = named(
  interviewRecord.extend({
    startsAt: interviewRecord.shape.startsAt.describe("UTC instant"),
    timelineText: interviewRecord.shape.timelineText.describe("R3: the timeline as said"),
    timelineDate: interviewRecord.shape.timelineDate.describe("R3: resolved to YYYY-MM-DD"),
  }),
  "Interview",
);

export const contactSchema = named(
  contactRecord.extend({
    name: contactRecord.shape.name.describe("R1: exactly as on the business card"),
    agreedToConnect: contactRecord.shape.agreedToConnect.describe("R5"),
  }),
  "Contact",
);

export const participationSchema = named(participationRecord, "Participation");

export const participantSchema = recordOf<Participant>()(
  contactSchema.extend(participationRecord.pick({ followUpOn: true, followUpVia: true }).shape),
).openapi("Participant");

export const noteSchema = named(noteRecord, "Note");

export const correspondenceSchema = named(correspondenceRecord, "Correspondence");

export const eventSchema = named(eventRecord, "InterviewEvent");

export const actionSchema = named(
  actionRecord.extend({
    why: actionRecord.shape.why.describe("The reason, in a sentence, citing the rules"),
  }),
  "FollowUpAction",
);

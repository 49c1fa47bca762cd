// Loaded first: it gives every zod schema its .openapi() method.
import "@hono/zod-openapi";
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

export const profileSchema = profileRecord.openapi("Profile");

export const companySchema = companyRecord.openapi("Company");

export const applicationSchema = applicationRecord.openapi("Application");

export const interviewSchema = interviewRecord
  .extend({
    startsAt: interviewRecord.shape.startsAt.openapi({ description: "UTC instant" }),
    timelineText: interviewRecord.shape.timelineText.openapi({
      description: "R3: the timeline as said",
    }),
    timelineDate: interviewRecord.shape.timelineDate.openapi({
      description: "R3: resolved to YYYY-MM-DD",
    }),
  })
  .openapi("Interview");

export const contactSchema = contactRecord
  .extend({
    name: contactRecord.shape.name.openapi({ description: "R1: exactly as on the business card" }),
    agreedToConnect: contactRecord.shape.agreedToConnect.openapi({ description: "R5" }),
  })
  .openapi("Contact");

export const participationSchema = participationRecord.openapi("Participation");

export const participantSchema = recordOf<Participant>()(
  contactSchema.extend(participationRecord.pick({ followUpOn: true, followUpVia: true }).shape),
).openapi("Participant");

export const noteSchema = noteRecord.openapi("Note");

export const correspondenceSchema = correspondenceRecord.openapi("Correspondence");

export const eventSchema = eventRecord.openapi("InterviewEvent");

export const actionSchema = actionRecord
  .extend({
    why: actionRecord.shape.why.openapi({
      description: "The reason, in a sentence, citing the rules",
    }),
  })
  .openapi("FollowUpAction");

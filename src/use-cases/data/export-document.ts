import { z } from "zod";
import { draftEditsRecord } from "../drafts/draft-edits-record.js";
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
} from "../record-schemas.js";

// The export document: every record of one account, each list sorted by id, so that
// export → import into an empty store → export gives the same bytes. The records are the ones
// described once in record-schemas.ts.

// Absent from exports made before events carried news: read as none.
const event = eventRecord.extend({
  timelineText: eventRecord.shape.timelineText.default(null),
  timelineDate: eventRecord.shape.timelineDate.default(null),
});

// Absent from exports made before people and companies had a register: the country's greeting.
const contact = contactRecord.extend({
  honorific: contactRecord.shape.honorific.default(null),
  register: contactRecord.shape.register.default(null),
});

const company = companyRecord.extend({ register: companyRecord.shape.register.default(null) });

export const exportDocument = z.strictObject({
  format: z.literal("followthrough-export"),
  version: z.literal(1),
  profile: profileRecord.nullable(),
  companies: z.array(company),
  applications: z.array(applicationRecord),
  interviews: z.array(interviewRecord),
  contacts: z.array(contact),
  participations: z.array(participationRecord),
  notes: z.array(noteRecord),
  correspondence: z.array(correspondenceRecord),
  events: z.array(event),
  actions: z.array(actionRecord),
  // Drafts being edited (absent from exports made before drafts were saved: none).
  draftEdits: z.array(draftEditsRecord).default([]),
});
export type ExportDocument = z.output<typeof exportDocument>;

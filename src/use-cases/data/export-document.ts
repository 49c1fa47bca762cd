import { z } from "zod";
import { TEMPLATE_IDS, type TemplateId } from "../../core/drafts/templates/built-in-templates.js";
import type { CalendarSequence } from "../../store/repositories/calendar.repository.js";
import type { StoredTemplate } from "../../store/repositories/template.repository.js";
import type {
  DeletedCorrespondence,
  TrashEntry,
} from "../../store/repositories/trash.repository.js";
import type { UserWord } from "../../store/repositories/user-word.repository.js";
import { draftEditsRecord } from "../drafts/draft-edits-record.js";
import {
  actionRecord,
  applicationRecord,
  companyRecord,
  contactRecord,
  correspondenceRecord,
  eventRecord,
  instant,
  interviewRecord,
  newsPickRecord,
  noteRecord,
  participationRecord,
  profileRecord,
  recordId,
  recordOf,
  watchItemRecord,
  watchSourceRecord,
} from "../record-schemas.js";

// The export document: every record of one account, each list sorted by id, so that
// export → import into an empty store → export gives the same bytes. The records are the ones
// described once in record-schemas.ts.

// Absent from exports made before events carried news: read as none.
const event = eventRecord.extend({
  timelineText: eventRecord.shape.timelineText.default(null),
  timelineDate: eventRecord.shape.timelineDate.default(null),
});

// Absent from exports made before a draft could be switched to another channel: the planned one.
const draftEdits = draftEditsRecord.extend({
  channel: draftEditsRecord.shape.channel.default(null),
});

// Absent from exports made before people and companies had a register: the country's greeting;
// before a person kept the organization on their card: none.
const contact = contactRecord.extend({
  organization: contactRecord.shape.organization.default(null),
  honorific: contactRecord.shape.honorific.default(null),
  register: contactRecord.shape.register.default(null),
});

const company = companyRecord.extend({ register: companyRecord.shape.register.default(null) });

// The user's own texts of templates (`template edit`); validated like an edit on import.
const templateRecord = recordOf<StoredTemplate & { id: TemplateId }>()(
  z.object({
    id: z.enum(TEMPLATE_IDS as [TemplateId, ...TemplateId[]]),
    text: z.string().min(1).max(20_000),
    updatedAt: instant,
  }),
);

// The user's own words (issue 11), never misspellings.
const userWordRecord = recordOf<UserWord>()(
  z.object({
    word: z.string().min(1).max(40),
    createdAt: instant,
  }),
);

// What waits in the trash, whole, so a restore after a restore of the backup still works.
const deletedCorrespondence = recordOf<DeletedCorrespondence>()(
  correspondenceRecord.extend({
    replyEvent: event.nullable(),
    fulfilled: actionRecord.nullable(),
    outboxIds: z.array(z.string()),
  }),
);
const trashed = { id: recordId, label: z.string(), deletedAt: instant };
const trashRecord = recordOf<TrashEntry>()(
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("note"), record: noteRecord, ...trashed }),
    z.object({ kind: z.literal("event"), record: event, ...trashed }),
    z.object({ kind: z.literal("correspondence"), record: deletedCorrespondence, ...trashed }),
  ]),
);

// R24: a calendar that imported the events ignores an update whose SEQUENCE is not higher.
const calendarSequenceRecord = recordOf<CalendarSequence>()(
  z.object({
    actionId: recordId,
    sequence: z.number().int().min(0),
    fingerprint: z.string(),
  }),
);

// The subscribed feed's address (R24): restored, a calendar that subscribed keeps working.
const calendarFeedRecord = z.object({
  secret: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "must be a feed secret as export writes it"),
  createdAt: instant,
});

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
  draftEdits: z.array(draftEdits).default([]),
  // Absent from exports made before backups were complete: none of each.
  templates: z.array(templateRecord).default([]),
  trash: z.array(trashRecord).default([]),
  calendarSequences: z.array(calendarSequenceRecord).default([]),
  calendarFeed: calendarFeedRecord.nullable().default(null),
  // The company watch (R20; absent from exports made before it: none).
  watchSources: z.array(watchSourceRecord).default([]),
  watchItems: z.array(watchItemRecord).default([]),
  newsPicks: z.array(newsPickRecord).default([]),
  // The user's own words (absent from exports made before them: none).
  userWords: z.array(userWordRecord).default([]),
});
export type ExportDocument = z.output<typeof exportDocument>;

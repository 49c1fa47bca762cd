import { z } from "zod";
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  type ActionWindow,
  APPLICATION_STATUSES,
  type Application,
  CHANNELS,
  CONTACT_ROLES,
  type Company,
  type Contact,
  type Correspondence,
  DECISION_OUTCOMES,
  DIRECTIONS,
  EVENT_KINDS,
  type FollowUpAction,
  INTERVIEW_FORMATS,
  type Interview,
  type InterviewEvent,
  NOTE_KINDS,
  type Note,
  type Participation,
  type Profile,
  REGISTERS,
} from "../core/domain/types.js";
import { BOARD_PROVIDERS } from "../core/watch/watch.types.js";
import {
  type NewsPick,
  SOURCE_KINDS,
  SOURCE_STATUSES,
  WATCH_ITEM_KINDS,
  type WatchItem,
  type WatchSource,
} from "../core/watch/watch-records.js";

// The records, described once. Each schema is checked against its domain type in both directions
// (`recordOf`), so a field added to a type and forgotten here — or here and not there — fails to
// compile. The HTTP responses (`transports/http/schemas/domain.schemas.ts`) and the export
// document (`data/export-document.ts`) are built from these; the use cases' inputs name their
// fields against the same types (`FieldsOf`).

/** The exact output type of a record schema: T's keys, no more, no fewer, each of T's type. */
type Exactly<S extends z.ZodType, T> = [z.output<S>] extends [T]
  ? [T] extends [z.output<S>]
    ? S
    : { error: "the schema lacks a field of the record or holds one it does not have"; type: T }
  : { error: "the schema's output is not the record"; type: T };

/** Types a schema as the description of the domain record T (see the comment above). */
export const recordOf =
  <T>() =>
  <S extends z.ZodType>(schema: S & Exactly<S, T>): S =>
    schema;

/**
 * The input fields of a use case that sets the record T's fields: one per field of T (except the
 * ones named in Except, which the use case fills itself), each giving a value of that field's type.
 */
export type FieldsOf<T, Except extends keyof T = never> = {
  [K in Exclude<keyof T, Except>]-?: z.ZodType<T[K]>;
};

export const instant = z.iso.datetime({
  offset: true,
  message: "must be an ISO instant such as 2026-11-20T14:00:00.000Z",
});
const date = z.iso.date({ message: "must be a date as YYYY-MM-DD" });
const nullableText = z.string().nullable();
export const recordId = z.string().regex(/^[a-z]+_[0-9a-z]+$/, "must be an id such as iv_abc123");
const ruleId = z.templateLiteral(["R", z.number().int()]);

export const profileRecord = recordOf<Profile>()(
  z.object({
    name: nullableText,
    email: nullableText,
    phone: nullableText,
    postalAddress: nullableText,
    signature: nullableText,
    timeZone: z.string().min(1),
    country: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter country code such as US"),
    region: nullableText,
    strengths: z.array(z.string()),
    sendCard: z.boolean(),
    linkedIn: z.boolean(),
    summaryLetter: z.boolean(),
    maxUnanswered: z.number().int().min(1),
    assumedTimelineDays: z.number().int().min(1),
    updatedAt: instant.nullable(),
  }),
);

export const companyRecord = recordOf<Company>()(
  z.object({
    id: recordId,
    name: z.string().min(1),
    website: nullableText,
    country: nullableText,
    region: nullableText,
    register: z.enum(REGISTERS).nullable(),
  }),
);

export const applicationRecord = recordOf<Application>()(
  z.object({
    id: recordId,
    companyId: recordId,
    role: z.string().min(1),
    postingUrl: nullableText,
    status: z.enum(APPLICATION_STATUSES),
    createdAt: instant,
  }),
);

export const interviewRecord = recordOf<Interview>()(
  z.object({
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
  }),
);

export const contactRecord = recordOf<Contact>()(
  z.object({
    id: recordId,
    companyId: recordId,
    name: z.string().min(1),
    title: nullableText,
    organization: nullableText,
    email: nullableText,
    phone: nullableText,
    linkedinUrl: nullableText,
    postalAddress: nullableText,
    preferredChannel: z.enum(CHANNELS).nullable(),
    role: z.enum(CONTACT_ROLES),
    agreedToConnect: z.boolean(),
    timeZone: nullableText,
    honorific: nullableText,
    register: z.enum(REGISTERS).nullable(),
    createdAt: instant,
  }),
);

export const participationRecord = recordOf<Participation>()(
  z.object({
    interviewId: recordId,
    contactId: recordId,
    seat: z.number().int().min(0),
    followUpOn: date.nullable(),
    followUpVia: z.enum(CHANNELS).nullable(),
  }),
);

export const noteRecord = recordOf<Note>()(
  z.object({
    id: recordId,
    interviewId: recordId,
    contactId: recordId.nullable(),
    kind: z.enum(NOTE_KINDS),
    text: z.string().min(1),
    createdAt: instant,
  }),
);

export const correspondenceRecord = recordOf<Correspondence>()(
  z.object({
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
  }),
);

export const eventRecord = recordOf<InterviewEvent>()(
  z.object({
    id: recordId,
    interviewId: recordId,
    contactId: recordId.nullable(),
    kind: z.enum(EVENT_KINDS),
    outcome: z.enum(DECISION_OUTCOMES).nullable(),
    occurredAt: instant,
    nextInterviewId: recordId.nullable(),
    note: nullableText,
    timelineText: nullableText,
    timelineDate: date.nullable(),
    createdAt: instant,
  }),
);

export const actionWindowRecord = recordOf<ActionWindow>()(
  z.object({ start: instant, due: instant, late: instant, overdue: instant }),
);

export const actionRecord = recordOf<FollowUpAction>()(
  z.object({
    id: recordId,
    interviewId: recordId,
    contactId: recordId.nullable(),
    kind: z.enum(ACTION_KINDS),
    channel: z.enum(CHANNELS),
    window: actionWindowRecord,
    dueDate: date,
    rules: z.array(ruleId).min(1),
    why: z.string(),
    status: z.enum(ACTION_STATUSES),
    snoozedUntil: instant.nullable(),
    doneAt: instant.nullable(),
    skipReason: nullableText,
    correspondenceId: recordId.nullable(),
  }),
);

export const watchSourceRecord = recordOf<WatchSource>()(
  z.object({
    id: recordId,
    companyId: recordId,
    kind: z.enum(SOURCE_KINDS),
    provider: z.enum(BOARD_PROVIDERS).nullable(),
    token: nullableText,
    url: z.url({ protocol: /^https?$/ }),
    inputUrl: z.string().min(1),
    title: nullableText,
    status: z.enum(SOURCE_STATUSES),
    statusReason: nullableText,
    failures: z.number().int().min(0),
    etag: nullableText,
    lastModified: nullableText,
    lastCheckedAt: instant.nullable(),
    nextCheckAt: instant,
    createdAt: instant,
  }),
);

export const watchItemRecord = recordOf<WatchItem>()(
  z.object({
    id: recordId,
    companyId: recordId,
    sourceId: recordId,
    kind: z.enum(WATCH_ITEM_KINDS),
    itemKey: z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex"),
    title: z.string().min(1),
    url: nullableText,
    location: nullableText,
    department: nullableText,
    summary: nullableText,
    publishedAt: instant.nullable(),
    firstSeenAt: instant,
    lastSeenAt: instant,
    dismissedAt: instant.nullable(),
  }),
);

export const newsPickRecord = recordOf<NewsPick>()(
  z.object({ actionId: recordId, itemId: recordId, pickedAt: instant }),
);

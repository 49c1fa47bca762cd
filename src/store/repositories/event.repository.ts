import type { Kysely } from "kysely";
import type { DecisionOutcome, EventKind, InterviewEvent } from "../../core/domain/types.js";
import type { Database, EventsTable } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

export async function insertEvent(
  db: Kysely<Database>,
  accountId: string,
  event: InterviewEvent,
): Promise<void> {
  await insertEvents(db, accountId, [event]);
}

export async function insertEvents(
  db: Kysely<Database>,
  accountId: string,
  events: InterviewEvent[],
): Promise<void> {
  await insertInChunks(
    db,
    "events",
    // An event kept in the trash from before the timeline columns has no timeline fields.
    events.map((e) => ({
      ...e,
      timelineText: e.timelineText ?? null,
      timelineDate: e.timelineDate ?? null,
      accountId,
    })),
  );
}

export async function listEventsOfInterviews(
  db: Kysely<Database>,
  accountId: string,
  interviewIds: string[],
): Promise<InterviewEvent[]> {
  if (interviewIds.length === 0) return [];
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("interviewId", "in", interviewIds)
    .orderBy("occurredAt")
    .orderBy("id")
    .execute();
  return rows.map(toEvent);
}

export async function listEvents(
  db: Kysely<Database>,
  accountId: string,
): Promise<InterviewEvent[]> {
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("id")
    .execute();
  return rows.map(toEvent);
}

export async function getEvent(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<InterviewEvent | null> {
  const row = await db
    .selectFrom("events")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toEvent(row) : null;
}

/** Writes an event's corrected fields (its interview, next round and creation stay). */
export async function updateEvent(
  db: Kysely<Database>,
  accountId: string,
  event: InterviewEvent,
): Promise<void> {
  await db
    .updateTable("events")
    .set({
      contactId: event.contactId,
      kind: event.kind,
      outcome: event.outcome,
      occurredAt: event.occurredAt,
      note: event.note,
      timelineText: event.timelineText,
      timelineDate: event.timelineDate,
    })
    .where("accountId", "=", accountId)
    .where("id", "=", event.id)
    .execute();
}

export async function deleteEvent(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<void> {
  await db.deleteFrom("events").where("accountId", "=", accountId).where("id", "=", id).execute();
}

function toEvent(row: EventsTable): InterviewEvent {
  return {
    id: row.id,
    interviewId: row.interviewId,
    contactId: row.contactId,
    kind: row.kind as EventKind,
    outcome: row.outcome as DecisionOutcome | null,
    occurredAt: row.occurredAt,
    nextInterviewId: row.nextInterviewId,
    note: row.note,
    timelineText: row.timelineText,
    timelineDate: row.timelineDate,
    createdAt: row.createdAt,
  };
}

import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { type AgendaRow, actionsWithNames, toAction } from "./action.repository.js";
import { insertInChunks } from "./insert-in-chunks.js";

export interface CalendarSequence {
  actionId: string;
  sequence: number;
  fingerprint: string;
}

export async function listCalendarSequences(
  db: Kysely<Database>,
  accountId: string,
): Promise<Map<string, CalendarSequence>> {
  const rows = await db
    .selectFrom("calendarSequences")
    .select(["actionId", "sequence", "fingerprint"])
    .where("accountId", "=", accountId)
    .execute();
  return new Map(rows.map((r) => [r.actionId, { ...r, sequence: Number(r.sequence) }]));
}

export async function saveCalendarSequence(
  db: Kysely<Database>,
  accountId: string,
  s: CalendarSequence,
): Promise<void> {
  await db
    .insertInto("calendarSequences")
    .values({ ...s, accountId })
    .onConflict((oc) =>
      oc.column("actionId").doUpdateSet({ sequence: s.sequence, fingerprint: s.fingerprint }),
    )
    .execute();
}

export async function findCalendarFeed(
  db: Kysely<Database>,
  accountId: string,
): Promise<{ secret: string; createdAt: string } | null> {
  const row = await db
    .selectFrom("calendarFeeds")
    .select(["secret", "createdAt"])
    .where("accountId", "=", accountId)
    .executeTakeFirst();
  return row ?? null;
}

export async function saveCalendarFeed(
  db: Kysely<Database>,
  accountId: string,
  secret: string,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto("calendarFeeds")
    .values({ accountId, secret, createdAt })
    .onConflict((oc) => oc.column("accountId").doUpdateSet({ secret, createdAt }))
    .execute();
}

/** Every action's calendar SEQUENCE, by action id: what a backup holds (R24). */
export async function listCalendarSequenceRows(
  db: Kysely<Database>,
  accountId: string,
): Promise<CalendarSequence[]> {
  const rows = await db
    .selectFrom("calendarSequences")
    .select(["actionId", "sequence", "fingerprint"])
    .where("accountId", "=", accountId)
    .orderBy("actionId")
    .execute();
  return rows.map((r) => ({ ...r, sequence: Number(r.sequence) }));
}

export async function insertCalendarSequences(
  db: Kysely<Database>,
  accountId: string,
  list: CalendarSequence[],
): Promise<void> {
  await insertInChunks(
    db,
    "calendarSequences",
    list.map((s) => ({ ...s, accountId })),
  );
}

/** A skipped or cancelled action a calendar was given before, with when it last changed. */
export interface WithdrawnCalendarAction extends AgendaRow {
  updatedAt: string;
}

/**
 * Skipped and cancelled actions that were once in an exported calendar (they have a SEQUENCE):
 * the ones a calendar may still show, so the export sends them as cancelled (R24).
 */
export async function listWithdrawnCalendarActions(
  db: Kysely<Database>,
  accountId: string,
): Promise<WithdrawnCalendarAction[]> {
  const rows = await actionsWithNames(db, accountId)
    .innerJoin("calendarSequences", "calendarSequences.actionId", "actions.id")
    .where("calendarSequences.accountId", "=", accountId)
    .where("actions.status", "in", ["skipped", "cancelled"])
    .orderBy("actions.dueAt")
    .orderBy("actions.id")
    .execute();
  return rows.map((row) => ({
    action: toAction(row),
    contactName: row.contactName,
    companyName: row.companyName,
    role: row.role,
    updatedAt: row.updatedAt,
  }));
}

/**
 * Hosted mode: whose feed a secret address is (a calendar app sends no session). The secret is
 * 128 random bits or more, so finding it by equality tells a guesser nothing.
 */
export async function findCalendarFeedAccount(
  db: Kysely<Database>,
  secret: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("calendarFeeds")
    .select("accountId")
    .where("secret", "=", secret)
    .executeTakeFirst();
  return row?.accountId ?? null;
}

import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
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

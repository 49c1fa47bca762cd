import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

// Tables of the records migration (2026-11-22T0410); typed here so schema.ts stays as it is.
type CalendarTables = {
  calendarSequences: { actionId: string; accountId: string; sequence: number; fingerprint: string };
  calendarFeeds: { accountId: string; secret: string; createdAt: string };
};

export interface CalendarSequence {
  actionId: string;
  sequence: number;
  fingerprint: string;
}

function tables(db: Kysely<Database>) {
  return db.withTables<CalendarTables>();
}

export async function listCalendarSequences(
  db: Kysely<Database>,
  accountId: string,
): Promise<Map<string, CalendarSequence>> {
  const rows = await tables(db)
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
  await tables(db)
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
  const row = await tables(db)
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
  await tables(db)
    .insertInto("calendarFeeds")
    .values({ accountId, secret, createdAt })
    .onConflict((oc) => oc.column("accountId").doUpdateSet({ secret, createdAt }))
    .execute();
}

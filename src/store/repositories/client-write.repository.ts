import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** The kinds of record a write from the phone can make. */
export type ClientWriteKind = "interview" | "contact" | "note";

export interface ClientWrite {
  clientId: string;
  kind: ClientWriteKind;
  requestHash: string;
  /** Null only inside the transaction that claimed the id. */
  recordId: string | null;
}

/**
 * Claims a client id for a write inside the caller's transaction. True: this write is the first
 * with the id and goes ahead. False: a write with the id is on record already. On PostgreSQL a
 * second transaction claiming the same id waits here until the first commits (or rolls back, and
 * then this one claims it), so two replays sent at once make one record.
 */
export async function claimClientWrite(
  db: Kysely<Database>,
  accountId: string,
  write: Omit<ClientWrite, "recordId">,
  now: string,
): Promise<boolean> {
  const result = await db
    .insertInto("clientWrites")
    .values({ ...write, accountId, recordId: null, createdAt: now })
    .onConflict((oc) => oc.columns(["accountId", "clientId"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function setClientWriteRecord(
  db: Kysely<Database>,
  accountId: string,
  clientId: string,
  recordId: string,
): Promise<void> {
  await db
    .updateTable("clientWrites")
    .set({ recordId })
    .where("accountId", "=", accountId)
    .where("clientId", "=", clientId)
    .execute();
}

export async function getClientWrite(
  db: Kysely<Database>,
  accountId: string,
  clientId: string,
): Promise<ClientWrite | null> {
  const row = await db
    .selectFrom("clientWrites")
    .select(["clientId", "kind", "requestHash", "recordId"])
    .where("accountId", "=", accountId)
    .where("clientId", "=", clientId)
    .executeTakeFirst();
  return row ? { ...row, kind: row.kind as ClientWriteKind } : null;
}

/** Forgets the client ids that made these records (forgetting a company). */
export async function deleteClientWritesOf(
  db: Kysely<Database>,
  accountId: string,
  recordIds: string[],
): Promise<void> {
  // In slices: a company may hold thousands of notes, more than a statement's parameters.
  for (let i = 0; i < recordIds.length; i += 500)
    await db
      .deleteFrom("clientWrites")
      .where("accountId", "=", accountId)
      .where("recordId", "in", recordIds.slice(i, i + 500))
      .execute();
}

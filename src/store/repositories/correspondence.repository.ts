import type { Kysely } from "kysely";
import type { Channel, Correspondence, Direction } from "../../core/domain/types.js";
import type { CorrespondenceTable, Database } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

export async function insertCorrespondence(
  db: Kysely<Database>,
  accountId: string,
  c: Correspondence,
): Promise<void> {
  await insertCorrespondenceList(db, accountId, [c]);
}

export async function insertCorrespondenceList(
  db: Kysely<Database>,
  accountId: string,
  list: Correspondence[],
): Promise<void> {
  await insertInChunks(
    db,
    "correspondence",
    list.map(({ contactIds: _ids, ...row }) => ({ ...row, accountId })),
  );
  await insertInChunks(
    db,
    "correspondenceContacts",
    list.flatMap((c) =>
      c.contactIds.map((contactId) => ({ accountId, correspondenceId: c.id, contactId })),
    ),
  );
}

export async function listCorrespondenceOfApplications(
  db: Kysely<Database>,
  accountId: string,
  applicationIds: string[],
): Promise<Correspondence[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .selectFrom("correspondence")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("applicationId", "in", applicationIds)
    .orderBy("occurredAt")
    .orderBy("id")
    .execute();
  return withContacts(db, accountId, rows);
}

export async function listCorrespondence(
  db: Kysely<Database>,
  accountId: string,
): Promise<Correspondence[]> {
  const rows = await db
    .selectFrom("correspondence")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("id")
    .execute();
  return withContacts(db, accountId, rows);
}

async function withContacts(
  db: Kysely<Database>,
  accountId: string,
  rows: CorrespondenceTable[],
): Promise<Correspondence[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom("correspondenceContacts")
    .select(["correspondenceId", "contactId"])
    .where("accountId", "=", accountId)
    .where(
      "correspondenceId",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("contactId")
    .execute();
  const byId = new Map<string, string[]>();
  for (const link of links) {
    const list = byId.get(link.correspondenceId) ?? [];
    list.push(link.contactId);
    byId.set(link.correspondenceId, list);
  }
  return rows.map((row) => ({
    id: row.id,
    applicationId: row.applicationId,
    interviewId: row.interviewId,
    direction: row.direction as Direction,
    channel: row.channel as Channel,
    occurredAt: row.occurredAt,
    contactIds: byId.get(row.id) ?? [],
    subject: row.subject,
    body: row.body,
    messageId: row.messageId,
    threadId: row.threadId,
    inReplyTo: row.inReplyTo,
    actionId: row.actionId,
    createdAt: row.createdAt,
  }));
}

export async function getCorrespondence(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<Correspondence | null> {
  const rows = await db
    .selectFrom("correspondence")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .execute();
  return (await withContacts(db, accountId, rows))[0] ?? null;
}

/** Rewrites the message's own fields and its people; the search index follows (triggers). */
export async function updateCorrespondence(
  db: Kysely<Database>,
  accountId: string,
  c: Correspondence,
): Promise<void> {
  await db
    .updateTable("correspondence")
    .set({
      interviewId: c.interviewId,
      direction: c.direction,
      channel: c.channel,
      occurredAt: c.occurredAt,
      subject: c.subject,
      body: c.body,
      actionId: c.actionId,
    })
    .where("accountId", "=", accountId)
    .where("id", "=", c.id)
    .execute();
  await db
    .deleteFrom("correspondenceContacts")
    .where("accountId", "=", accountId)
    .where("correspondenceId", "=", c.id)
    .execute();
  await insertInChunks(
    db,
    "correspondenceContacts",
    c.contactIds.map((contactId) => ({ accountId, correspondenceId: c.id, contactId })),
  );
}

/** Removes the message and its links to people (nothing may point at it any more). */
export async function deleteCorrespondence(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<void> {
  await db
    .deleteFrom("correspondenceContacts")
    .where("accountId", "=", accountId)
    .where("correspondenceId", "=", id)
    .execute();
  await db
    .deleteFrom("correspondence")
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .execute();
}

/** The outbox entries that sent this message (followthrough sent it, not the user by hand). */
export async function listOutboxOfCorrespondence(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<{ id: string; state: string }[]> {
  return db
    .selectFrom("outbox")
    .select(["id", "state"])
    .where("accountId", "=", accountId)
    .where("correspondenceId", "=", id)
    .orderBy("id")
    .execute();
}

/** Points outbox entries at a message, or at none (null) while it waits in the trash. */
export async function linkOutboxToCorrespondence(
  db: Kysely<Database>,
  accountId: string,
  outboxIds: string[],
  correspondenceId: string | null,
): Promise<void> {
  if (outboxIds.length === 0) return;
  await db
    .updateTable("outbox")
    .set({ correspondenceId })
    .where("accountId", "=", accountId)
    .where("id", "in", outboxIds)
    .execute();
}

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

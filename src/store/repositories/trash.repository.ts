import type { Kysely } from "kysely";
import type {
  Correspondence,
  FollowUpAction,
  InterviewEvent,
  Note,
} from "../../core/domain/types.js";
import type { Database, TrashTable } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

interface TrashedBase {
  id: string;
  /** What the record was, in words. */
  label: string;
  deletedAt: string;
}

/**
 * A logged message as it was, with what went with it, so a restore puts back every link: the
 * reply event logging it recorded (R16), the follow-up it fulfilled as that stood (R25), and the
 * outbox entries that sent it.
 */
export interface DeletedCorrespondence extends Correspondence {
  replyEvent: InterviewEvent | null;
  fulfilled: FollowUpAction | null;
  outboxIds: string[];
}

/** What can wait in the trash, each kind with its own record. */
export type TrashEntry =
  | (TrashedBase & { kind: "note"; record: Note })
  | (TrashedBase & { kind: "event"; record: InterviewEvent })
  | (TrashedBase & { kind: "correspondence"; record: DeletedCorrespondence });
export type TrashKind = TrashEntry["kind"];

export async function putInTrash(
  db: Kysely<Database>,
  accountId: string,
  entry: TrashEntry,
): Promise<void> {
  await db
    .insertInto("trash")
    .values({ ...entry, accountId, record: JSON.stringify(entry.record) })
    .onConflict((oc) =>
      oc.columns(["accountId", "id"]).doUpdateSet({
        label: entry.label,
        record: JSON.stringify(entry.record),
        deletedAt: entry.deletedAt,
      }),
    )
    .execute();
}

export async function findInTrash(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<TrashEntry | null> {
  const row = await db
    .selectFrom("trash")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

export async function removeFromTrash(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<void> {
  await db.deleteFrom("trash").where("accountId", "=", accountId).where("id", "=", id).execute();
}

/** Most recently deleted first. */
export async function listTrash(db: Kysely<Database>, accountId: string): Promise<TrashEntry[]> {
  const rows = await db
    .selectFrom("trash")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("deletedAt", "desc")
    .orderBy("id")
    .execute();
  return rows.map(toEntry);
}

function toEntry(row: TrashTable): TrashEntry {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    record: JSON.parse(row.record),
    deletedAt: row.deletedAt,
  } as TrashEntry;
}

/** Puts back the trash of a backup, many entries per statement. */
export async function insertTrash(
  db: Kysely<Database>,
  accountId: string,
  entries: TrashEntry[],
): Promise<void> {
  await insertInChunks(
    db,
    "trash",
    entries.map((e) => ({ ...e, accountId, record: JSON.stringify(e.record) })),
  );
}

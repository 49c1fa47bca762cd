import type { Kysely, Selectable } from "kysely";
import type { Channel } from "../../core/domain/types.js";
import type { Database, DraftEditsTable } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

/** The user's own text of one action's draft, as last saved. */
export interface SavedDraftEdits {
  actionId: string;
  /** False: the composed subject stands. True: `subject` is the user's (null: no subject). */
  ownSubject: boolean;
  subject: string | null;
  /** Null: the composed body stands. */
  body: string | null;
  /** Counts the saves; a save from a device that saw an older one is refused. */
  revision: number;
  updatedAt: string;
  /** The channel the draft was switched to (its text is written for it); null: the planned one. */
  channel: Channel | null;
}

const toSaved = (row: Selectable<DraftEditsTable>): SavedDraftEdits => ({
  actionId: row.actionId,
  ownSubject: Number(row.ownSubject) === 1,
  subject: row.subject,
  body: row.body,
  revision: Number(row.revision),
  updatedAt: row.updatedAt,
  channel: row.channel as Channel | null,
});

const toRow = (accountId: string, s: SavedDraftEdits) => ({
  accountId,
  actionId: s.actionId,
  ownSubject: s.ownSubject ? 1 : 0,
  subject: s.subject,
  body: s.body,
  revision: s.revision,
  updatedAt: s.updatedAt,
  channel: s.channel,
});

export async function getDraftEdits(
  db: Kysely<Database>,
  accountId: string,
  actionId: string,
): Promise<SavedDraftEdits | null> {
  const row = await db
    .selectFrom("draftEdits")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("actionId", "=", actionId)
    .executeTakeFirst();
  return row ? toSaved(row) : null;
}

export async function listDraftEditsOfActions(
  db: Kysely<Database>,
  accountId: string,
  actionIds: string[],
): Promise<SavedDraftEdits[]> {
  if (actionIds.length === 0) return [];
  const rows = await db
    .selectFrom("draftEdits")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("actionId", "in", actionIds)
    .execute();
  return rows.map(toSaved);
}

export async function listDraftEdits(
  db: Kysely<Database>,
  accountId: string,
): Promise<SavedDraftEdits[]> {
  const rows = await db
    .selectFrom("draftEdits")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("actionId")
    .execute();
  return rows.map(toSaved);
}

/** The first save of an action's draft; false when another save came first. */
export async function insertDraftEdits(
  db: Kysely<Database>,
  accountId: string,
  saved: SavedDraftEdits,
): Promise<boolean> {
  const result = await db
    .insertInto("draftEdits")
    .values(toRow(accountId, saved))
    .onConflict((oc) => oc.columns(["accountId", "actionId"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Replaces the saved text only while the stored revision is still `seenRevision`, so of two
 * devices saving at once one wins and the other learns of it; false when it was not.
 */
export async function replaceDraftEdits(
  db: Kysely<Database>,
  accountId: string,
  seenRevision: number,
  saved: SavedDraftEdits,
): Promise<boolean> {
  const { accountId: _a, actionId, ...values } = toRow(accountId, saved);
  const result = await db
    .updateTable("draftEdits")
    .set(values)
    .where("accountId", "=", accountId)
    .where("actionId", "=", actionId)
    .where("revision", "=", seenRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteDraftEdits(
  db: Kysely<Database>,
  accountId: string,
  actionId: string,
): Promise<void> {
  await db
    .deleteFrom("draftEdits")
    .where("accountId", "=", accountId)
    .where("actionId", "=", actionId)
    .execute();
}

export async function deleteDraftEditsOfActions(
  db: Kysely<Database>,
  accountId: string,
  actionIds: string[],
): Promise<void> {
  if (actionIds.length === 0) return;
  await db
    .deleteFrom("draftEdits")
    .where("accountId", "=", accountId)
    .where("actionId", "in", actionIds)
    .execute();
}

/** An import's saved drafts, after their actions. */
export async function insertDraftEditsList(
  db: Kysely<Database>,
  accountId: string,
  list: SavedDraftEdits[],
): Promise<void> {
  await insertInChunks(
    db,
    "draftEdits",
    list.map((s) => toRow(accountId, s)),
  );
}

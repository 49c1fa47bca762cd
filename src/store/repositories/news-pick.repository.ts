import type { Kysely } from "kysely";
import type { NewsPick } from "../../core/watch/watch-records.js";
import type { Database } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

export async function getNewsPick(
  db: Kysely<Database>,
  accountId: string,
  actionId: string,
): Promise<NewsPick | null> {
  const row = await db
    .selectFrom("newsPicks")
    .select(["actionId", "itemId", "pickedAt"])
    .where("accountId", "=", accountId)
    .where("actionId", "=", actionId)
    .executeTakeFirst();
  return row ?? null;
}

/** Sets the action's pick, replacing the one it had. */
export async function saveNewsPick(
  db: Kysely<Database>,
  accountId: string,
  pick: NewsPick,
): Promise<void> {
  await deleteNewsPick(db, accountId, pick.actionId);
  await db
    .insertInto("newsPicks")
    .values({ ...pick, accountId })
    .execute();
}

export async function deleteNewsPick(
  db: Kysely<Database>,
  accountId: string,
  actionId: string,
): Promise<void> {
  await db
    .deleteFrom("newsPicks")
    .where("accountId", "=", accountId)
    .where("actionId", "=", actionId)
    .execute();
}

/** A dismissed item is mentioned nowhere: its picks go with it. */
export async function deleteNewsPicksOfItem(
  db: Kysely<Database>,
  accountId: string,
  itemId: string,
): Promise<void> {
  await db
    .deleteFrom("newsPicks")
    .where("accountId", "=", accountId)
    .where("itemId", "=", itemId)
    .execute();
}

/** The picks of a source's items, or of a company's: before the items themselves go. */
export async function deleteNewsPicksOfItemsWhere(
  db: Kysely<Database>,
  accountId: string,
  where: { sourceId: string } | { companyId: string },
): Promise<void> {
  let items = db.selectFrom("watchItems").select("id").where("accountId", "=", accountId);
  items =
    "sourceId" in where
      ? items.where("sourceId", "=", where.sourceId)
      : items.where("companyId", "=", where.companyId);
  await db
    .deleteFrom("newsPicks")
    .where("accountId", "=", accountId)
    .where("itemId", "in", items)
    .execute();
}

/** Every pick of the account, by action: what the export holds. */
export async function listNewsPicks(db: Kysely<Database>, accountId: string): Promise<NewsPick[]> {
  return db
    .selectFrom("newsPicks")
    .select(["actionId", "itemId", "pickedAt"])
    .where("accountId", "=", accountId)
    .orderBy("actionId")
    .execute();
}

export async function insertNewsPicks(
  db: Kysely<Database>,
  accountId: string,
  picks: NewsPick[],
): Promise<void> {
  await insertInChunks(
    db,
    "newsPicks",
    picks.map((p) => ({ ...p, accountId })),
  );
}

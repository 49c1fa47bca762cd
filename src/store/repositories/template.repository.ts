import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

/** The user's edited templates, keyed by template id. */
export async function listTemplateOverrides(
  db: Kysely<Database>,
  accountId: string,
): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom("templates")
    .select(["id", "text"])
    .where("accountId", "=", accountId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.text]));
}

export async function saveTemplateOverride(
  db: Kysely<Database>,
  accountId: string,
  id: string,
  text: string,
  updatedAt: string,
): Promise<void> {
  await db
    .insertInto("templates")
    .values({ accountId, id, text, updatedAt })
    .onConflict((oc) => oc.columns(["accountId", "id"]).doUpdateSet({ text, updatedAt }))
    .execute();
}

export async function deleteTemplateOverride(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<void> {
  await db
    .deleteFrom("templates")
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .execute();
}

export interface StoredTemplate {
  id: string;
  text: string;
  updatedAt: string;
}

/** The user's edited templates whole, by id: what a backup holds. */
export async function listStoredTemplates(
  db: Kysely<Database>,
  accountId: string,
): Promise<StoredTemplate[]> {
  return db
    .selectFrom("templates")
    .select(["id", "text", "updatedAt"])
    .where("accountId", "=", accountId)
    .orderBy("id")
    .execute();
}

export async function insertTemplates(
  db: Kysely<Database>,
  accountId: string,
  list: StoredTemplate[],
): Promise<void> {
  await insertInChunks(
    db,
    "templates",
    list.map((t) => ({ ...t, accountId })),
  );
}

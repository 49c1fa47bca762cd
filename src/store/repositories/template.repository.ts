import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

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

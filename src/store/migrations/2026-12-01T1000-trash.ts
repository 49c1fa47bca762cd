import type { Kysely } from "kysely";

// Recently deleted records, kept whole so a delete can be undone; the live tables (and so the plan
// and the search index) no longer hold them.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("trash")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("record", "text", (c) => c.notNull())
    .addColumn("deleted_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("trash_pk", ["account_id", "id"])
    .execute();
}

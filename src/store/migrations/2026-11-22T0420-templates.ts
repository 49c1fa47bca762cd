import type { Kysely } from "kysely";

// The user's own versions of the draft templates; a missing row means the built-in one.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("templates")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("templates_pk", ["account_id", "id"])
    .execute();
}

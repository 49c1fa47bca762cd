import type { Kysely } from "kysely";

// Writes made on the phone carry an id made there (issue 13: capture offline, sent when the
// connection returns). One row per id says which record that write made, so the same write sent
// twice (a lost answer, a sync run again) is stored once and answered with the record it made.
// `request_hash` is the write's body, hashed: the same id with another body is refused.
// `record_id` is null only inside the transaction that claims the id.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("client_writes")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("record_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("client_writes_pk", ["account_id", "client_id"])
    .execute();
  await db.schema
    .createIndex("client_writes_record")
    .on("client_writes")
    .columns(["account_id", "record_id"])
    .execute();
}

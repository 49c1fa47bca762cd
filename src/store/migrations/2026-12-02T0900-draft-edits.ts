import type { Kysely } from "kysely";

// The user's edits of a draft, one row per action, so an edit survives leaving the page and is
// there on another device. `revision` counts saves: a device that saves over a newer revision is
// refused instead of silently overwriting it. Gone once the text is on record (correspondence or
// outbox); kept, frozen, for an action marked done by hand.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("draft_edits")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("action_id", "text", (c) => c.notNull().references("actions.id"))
    // own_subject = 0: the composed subject stands; 1: `subject` is the user's (null: none).
    .addColumn("own_subject", "integer", (c) => c.notNull())
    .addColumn("subject", "text")
    // null: the composed body stands.
    .addColumn("body", "text")
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("draft_edits_pk", ["account_id", "action_id"])
    .execute();
}

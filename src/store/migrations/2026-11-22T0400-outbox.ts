import type { Kysely } from "kysely";

// Sending through the user's own SMTP server. The password is stored encrypted (AES-256-GCM) with
// a key that never enters the database. The outbox row is the state machine of one message:
// queued → sending (leased) → sent | queued again (temporary failure) | failed | cancelled.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("smtp_settings")
    .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id"))
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("port", "integer", (c) => c.notNull())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("password_encrypted", "text", (c) => c.notNull())
    // tls (implicit, port 465) | starttls (required) | plain (only with --insecure)
    .addColumn("secure_mode", "text", (c) => c.notNull())
    .addColumn("from_address", "text")
    .addColumn("digest_enabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("digest_hour", "integer", (c) => c.notNull().defaultTo(7))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    // `action:<id>` or `digest:<date>`: one message per key, ever.
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("action_id", "text", (c) => c.references("actions.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    // Made once at queue time and reused on every attempt, so a re-send carries the same id.
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("from_address", "text", (c) => c.notNull())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("raw", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("send_at", "text", (c) => c.notNull())
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("smtp_response", "text")
    .addColumn("sent_at", "text")
    .addColumn("correspondence_id", "text", (c) => c.references("correspondence.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("outbox_account_key", ["account_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("outbox_state_next")
    .on("outbox")
    .columns(["state", "next_attempt_at"])
    .execute();
  await db.schema
    .createIndex("outbox_state_lease")
    .on("outbox")
    .columns(["state", "locked_until"])
    .execute();
}

import type { Kysely } from "kysely";

// Hosted mode's second way in: passkeys (WebAuthn), by better-auth's passkey plugin. Its fields in
// snake_case, except that the owner is `account_id` (the plugin's userId): an `auth_users` id is
// the `accounts` id of the person's records, and the account's own column is what the isolation
// rules and the account's deletion go by. A passkey goes with its user (cascade).
// `credential_id` is the authenticator's id, looked up at every sign-in with a passkey.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("auth_passkeys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) =>
      c.notNull().references("auth_users.id").onDelete("cascade"),
    )
    .addColumn("name", "text")
    .addColumn("public_key", "text", (c) => c.notNull())
    .addColumn("credential_id", "text", (c) => c.notNull().unique())
    .addColumn("counter", "bigint", (c) => c.notNull())
    .addColumn("device_type", "text", (c) => c.notNull())
    .addColumn("backed_up", "boolean", (c) => c.notNull())
    .addColumn("transports", "text")
    .addColumn("aaguid", "text")
    .addColumn("created_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("auth_passkeys_account")
    .on("auth_passkeys")
    .column("account_id")
    .execute();
}

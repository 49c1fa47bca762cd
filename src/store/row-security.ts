import { type Kysely, sql } from "kysely";
import { EVERY_ACCOUNT_SETTING, TENANT_SETTING } from "./tenant-driver.js";

/**
 * Tables with an `account_id` column that are better-auth's own, without a policy like the other
 * auth_ tables: they are read by better-auth before any account is known (a password's credential
 * by the email's user, a passkey by its credential id at sign-in), through the store without an
 * account. `auth_credentials.account_id` names the sign-in provider's account, not ours.
 */
export const NOT_ACCOUNT_OWNED = new Set(["auth_credentials", "auth_passkeys"]);

/**
 * Row-level security on one account-owned PostgreSQL table (defence in depth under the
 * repositories' own `account_id = …`): a row is seen and written only by a query whose
 * transaction names its account (store.forAccount) or every account (store.everyAccount);
 * with neither set, no rows. FORCE binds the table's owner too, which is the role the server
 * connects as. A migration that adds an account-owned table calls this for it
 * (tests/integration/row-level-security.test.ts fails for a table without it).
 */
export async function accountRowSecurity(
  // biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
  db: Kysely<any>,
  table: string,
  column = "account_id",
): Promise<void> {
  const allowed = sql`(${sql.ref(column)} = current_setting(${sql.lit(TENANT_SETTING)}, true)
    or current_setting(${sql.lit(EVERY_ACCOUNT_SETTING)}, true) = 'on')`;
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  await sql`create policy account_rows on ${sql.table(table)}
    using ${allowed} with check ${allowed}`.execute(db);
}

/**
 * The role this store connects as when it skips every policy (a superuser, or BYPASSRLS), else
 * null: hosted mode says so at start-up, as only the repositories' scoping is left then.
 */
export async function roleBypassingRowSecurity(
  // biome-ignore lint/suspicious/noExplicitAny: any schema; it reads the catalogue only
  db: Kysely<any>,
): Promise<string | null> {
  const { rows } = await sql<{ role: string; bypass: boolean }>`
    select rolname as role, rolsuper or rolbypassrls as bypass
    from pg_roles where rolname = current_user`.execute(db);
  return rows[0]?.bypass ? rows[0].role : null;
}

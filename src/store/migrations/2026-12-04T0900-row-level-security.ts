import { type Kysely, PostgresAdapter, sql } from "kysely";
import { accountRowSecurity, NOT_ACCOUNT_OWNED } from "../row-security.js";

// Row-level security on every account-owned table (PostgreSQL; SQLite is one person's file and
// has none): each table with an `account_id`, found in the catalogue, and `accounts` by its id.
// audit_log also takes entries with no account (a refused sign-in for an unknown email), which
// no account's query can read. better-auth's own tables have none: see ARCHITECTURE.md.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  const { rows } = await sql<{ table: string }>`
    select c.table_name as "table" from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and c.column_name = 'account_id'
      and t.table_type = 'BASE TABLE'
    order by c.table_name`.execute(db);
  for (const { table } of rows)
    if (!NOT_ACCOUNT_OWNED.has(table)) await accountRowSecurity(db, table);
  await accountRowSecurity(db, "accounts", "id");
  await sql`create policy unknown_account_entries on audit_log for insert
    with check (account_id is null)`.execute(db);
}

import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.js";

/** The signed-in person's sessions (their token digests stay inside), newest first. */
export async function listAccountSessions(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom("authSessions")
    .select(["id", "token", "createdAt", "updatedAt", "expiresAt", "ipAddress", "userAgent"])
    .where("userId", "=", accountId)
    .orderBy("createdAt", "desc")
    .execute();
}

/** Ends one of the account's sessions; false when it has none of that id (another's is none). */
export async function deleteAccountSession(
  db: Kysely<Database>,
  accountId: string,
  sessionId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("authSessions")
    .where("userId", "=", accountId)
    .where("id", "=", sessionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findAuthUserIdByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("authUsers")
    .select("id")
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function ensureAccount(
  db: Kysely<Database>,
  accountId: string,
  name: string,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto("accounts")
    .values({ id: accountId, name, createdAt })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

/**
 * Deletes every row of the account in every table that has an `account_id` (PostgreSQL: found in
 * the catalogue, so a table added later is covered without a change here), children before the
 * tables they reference, then the account itself. One transaction: all of it or nothing.
 */
export async function deleteAccountData(db: Kysely<Database>, accountId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const tables = (
      await sql<{ table: string }>`
        select c.table_name as "table" from information_schema.columns c
        join information_schema.tables t
          on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'account_id'
          and t.table_type = 'BASE TABLE'
          and c.table_name not in ('accounts', 'audit_log', 'auth_credentials')`.execute(trx)
    ).rows.map((r) => r.table);
    const edges = (
      await sql<{ child: string; parent: string }>`
        select distinct tc.table_name as child, ccu.table_name as parent
        from information_schema.table_constraints tc
        join information_schema.constraint_column_usage ccu
          on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
        where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(
        trx,
      )
    ).rows;
    for (const table of childrenFirst(tables, edges))
      await sql`delete from ${sql.table(table)} where account_id = ${accountId}`.execute(trx);
    // better-auth's rows (sessions and credentials go with the user, by cascade).
    await trx.deleteFrom("authUsers").where("id", "=", accountId).execute();
    await trx.deleteFrom("auditLog").where("accountId", "=", accountId).execute();
    await trx.deleteFrom("accounts").where("id", "=", accountId).execute();
  });
}

/** The tables ordered so that each comes before every table it references. */
export function childrenFirst(
  tables: string[],
  edges: { child: string; parent: string }[],
): string[] {
  const pending = new Set(tables);
  const out: string[] = [];
  while (pending.size > 0) {
    // A table is free once no pending table references it.
    const free = [...pending].filter(
      (t) => !edges.some((e) => e.parent === t && e.child !== t && pending.has(e.child)),
    );
    const next = free.length > 0 ? free : [...pending]; // a cycle: go on, the FK will say
    for (const t of next) {
      pending.delete(t);
      out.push(t);
    }
  }
  return out;
}

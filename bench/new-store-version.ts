import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database } from "../src/store/schema.js";

/**
 * Moves the store's version (store-version.repository.ts) with a write that changes nothing
 * the agenda shows, so the next agenda is read afresh: what a read costs after any change.
 * PostgreSQL: a transaction given an id commits. SQLite: a row into a temporary table of this
 * connection.
 */
export async function newStoreVersion(db: Kysely<Database>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select txid_current()`.execute(db);
    return;
  }
  await sql`create temp table if not exists bench_writes (n integer)`.execute(db);
  await sql`insert into bench_writes values (1)`.execute(db);
}

import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database } from "../schema.js";

/**
 * A token that is the same on two reads only when no write was committed to the store between
 * them, by this process or any other: what a cached read is checked against before it is reused.
 *
 * SQLite: `data_version` changes when another connection (another process: the CLI beside a
 * server) commits, but not for this connection's own writes, so `total_changes()`, which counts
 * every row this connection changed, is read with it (Kysely holds one connection per store).
 * PostgreSQL: the current snapshot (`xmin:xmax:in-progress`). Two snapshots that read the same
 * see the same committed transactions, whichever pooled connection took them and whichever web
 * process committed; any transaction that writes anywhere changes it, so it is never stale,
 * only sometimes new when nothing a reader shows has changed.
 */
export async function readStoreVersion(db: Kysely<Database>): Promise<string> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ v: string }>`select pg_current_snapshot()::text as v`.execute(db);
    return rows[0]?.v ?? "";
  }
  const { rows } = await sql<{
    c: number;
    v: number;
  }>`select total_changes() as c, (select data_version from pragma_data_version) as v`.execute(db);
  const row = rows[0];
  return row ? `${row.v}:${row.c}` : "";
}

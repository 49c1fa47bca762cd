import type { Insertable, Kysely } from "kysely";
import type { Database } from "../schema.js";

// Under SQLite's and PostgreSQL's limits on bound parameters per statement, with room to spare.
const MAX_PARAMETERS = 30_000;

/** Inserts many rows of one table with as few statements as the parameter limits allow. */
export async function insertInChunks<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size) as Parameters<
      ReturnType<typeof db.insertInto<T>>["values"]
    >[0];
    await db.insertInto(table).values(chunk).execute();
  }
}

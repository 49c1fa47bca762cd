import type { Store } from "../../src/store/open-store.js";

const TABLES = [
  "companies",
  "applications",
  "interviews",
  "contacts",
  "participations",
  "notes",
  "correspondence",
  "events",
  "actions",
] as const;

/** Row counts of every table and the profile's state, to prove a failed call wrote nothing. */
export async function snapshotStore(store: Store): Promise<Record<string, unknown>> {
  const counts: Record<string, unknown> = {};
  for (const table of TABLES) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  counts.profile = await store.db.selectFrom("profiles").selectAll().execute();
  counts.actionStates = await store.db
    .selectFrom("actions")
    .select(["id", "status", "dueAt", "snoozedUntil"])
    .orderBy("id")
    .execute();
  return counts;
}

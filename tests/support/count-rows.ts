import type { Store } from "../../src/store/open-store.js";
import type { Database } from "../../src/store/schema.js";

// Every table of the store: one added to the schema fails to compile until it is counted here.
const COUNTED: Record<keyof Database, true> = {
  accounts: true,
  profiles: true,
  companies: true,
  applications: true,
  interviews: true,
  contacts: true,
  participations: true,
  notes: true,
  correspondence: true,
  correspondenceContacts: true,
  events: true,
  actions: true,
  templates: true,
  trash: true,
  draftEdits: true,
  clientWrites: true,
  userWords: true,
  smtpSettings: true,
  outbox: true,
  calendarSequences: true,
  calendarFeeds: true,
  imapSettings: true,
  imapSyncStates: true,
  authUsers: true,
  authSessions: true,
  authCredentials: true,
  authVerifications: true,
  authRateLimits: true,
  authPasskeys: true,
  auditLog: true,
  watchSources: true,
  watchItems: true,
  newsPicks: true,
};
const TABLES = Object.keys(COUNTED) as (keyof Database)[];

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

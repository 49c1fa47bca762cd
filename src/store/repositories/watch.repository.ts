import type { Kysely, Selectable } from "kysely";
import type { WatchItem, WatchSource } from "../../core/watch/watch-records.js";
import type { Database, WatchItemsTable, WatchSourcesTable } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";
import { deleteNewsPicksOfItemsWhere } from "./news-pick.repository.js";

const toSource = (r: Selectable<WatchSourcesTable>): WatchSource => ({
  id: r.id,
  companyId: r.companyId,
  kind: r.kind as WatchSource["kind"],
  provider: r.provider as WatchSource["provider"],
  token: r.token,
  url: r.url,
  inputUrl: r.inputUrl,
  title: r.title,
  status: r.status as WatchSource["status"],
  statusReason: r.statusReason,
  failures: Number(r.failures),
  etag: r.etag,
  lastModified: r.lastModified,
  lastCheckedAt: r.lastCheckedAt,
  nextCheckAt: r.nextCheckAt,
  createdAt: r.createdAt,
});

const toItem = (r: Selectable<WatchItemsTable>): WatchItem => ({
  id: r.id,
  companyId: r.companyId,
  sourceId: r.sourceId,
  kind: r.kind as WatchItem["kind"],
  itemKey: r.itemKey,
  title: r.title,
  url: r.url,
  location: r.location,
  department: r.department,
  summary: r.summary,
  publishedAt: r.publishedAt,
  firstSeenAt: r.firstSeenAt,
  lastSeenAt: r.lastSeenAt,
  dismissedAt: r.dismissedAt,
});

export async function insertWatchSources(
  db: Kysely<Database>,
  accountId: string,
  sources: WatchSource[],
): Promise<void> {
  await insertInChunks(
    db,
    "watchSources",
    sources.map((s) => ({ ...s, accountId })),
  );
}

export async function getWatchSource(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<WatchSource | null> {
  const row = await db
    .selectFrom("watchSources")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toSource(row) : null;
}

export async function findWatchSourceByUrl(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
  url: string,
): Promise<WatchSource | null> {
  const row = await db
    .selectFrom("watchSources")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("companyId", "=", companyId)
    .where("url", "=", url)
    .executeTakeFirst();
  return row ? toSource(row) : null;
}

/** The account's sources, of one company or all, oldest first. */
export async function listWatchSources(
  db: Kysely<Database>,
  accountId: string,
  companyId?: string,
): Promise<WatchSource[]> {
  let q = db.selectFrom("watchSources").selectAll().where("accountId", "=", accountId);
  if (companyId !== undefined) q = q.where("companyId", "=", companyId);
  return (await q.orderBy("createdAt").orderBy("id").execute()).map(toSource);
}

/** Sources of any account due for a read and not paused, soonest first. */
export async function listDueWatchSources(
  db: Kysely<Database>,
  now: string,
  limit: number,
): Promise<{ accountId: string; source: WatchSource }[]> {
  const rows = await db
    .selectFrom("watchSources")
    .selectAll()
    .where("nextCheckAt", "<=", now)
    .where("status", "!=", "paused")
    .orderBy("nextCheckAt")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ accountId: r.accountId, source: toSource(r) }));
}

/** Sources due a read and not paused, oldest due first, leaving out those read since `checkedSince`. */
export async function listDueWatchSourceIds(
  db: Kysely<Database>,
  options: { now: string; checkedSince: string; limit: number },
): Promise<{ accountId: string; sourceId: string; nextCheckAt: string }[]> {
  const rows = await db
    .selectFrom("watchSources")
    .select(["accountId", "id", "nextCheckAt"])
    .where("nextCheckAt", "<=", options.now)
    .where("status", "!=", "paused")
    .where((eb) =>
      eb.or([eb("lastCheckedAt", "is", null), eb("lastCheckedAt", "<", options.checkedSince)]),
    )
    .orderBy("nextCheckAt")
    .orderBy("id")
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ accountId: r.accountId, sourceId: r.id, nextCheckAt: r.nextCheckAt }));
}

/**
 * Moves a due source's next check to `holdUntil` if it is still the one read (`nextCheckAt`):
 * true for the one caller that did, so a source is handed to the job queue once however many
 * schedulers look at the same moment.
 */
export async function claimWatchSource(
  db: Kysely<Database>,
  due: { accountId: string; sourceId: string; nextCheckAt: string },
  holdUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable("watchSources")
    .set({ nextCheckAt: holdUntil })
    .where("accountId", "=", due.accountId)
    .where("id", "=", due.sourceId)
    .where("nextCheckAt", "=", due.nextCheckAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many sources each account had read since `since` (at most one read each per hour). */
export async function countRecentWatchChecks(
  db: Kysely<Database>,
  since: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("watchSources")
    .select(["accountId", (eb) => eb.fn.countAll<number | string>().as("checks")])
    .where("lastCheckedAt", ">=", since)
    .groupBy("accountId")
    .execute();
  return new Map(rows.map((r) => [r.accountId, Number(r.checks)]));
}

/** How many sources an account watches, for the per-account limit. */
export async function countWatchSources(db: Kysely<Database>, accountId: string): Promise<number> {
  const row = await db
    .selectFrom("watchSources")
    .select((eb) => eb.fn.countAll<number | string>().as("sources"))
    .where("accountId", "=", accountId)
    .executeTakeFirstOrThrow();
  return Number(row.sources);
}

export type SourceState = Pick<
  WatchSource,
  | "status"
  | "statusReason"
  | "failures"
  | "etag"
  | "lastModified"
  | "lastCheckedAt"
  | "nextCheckAt"
  | "title"
>;

export async function saveWatchSourceState(
  db: Kysely<Database>,
  accountId: string,
  id: string,
  state: SourceState,
): Promise<void> {
  await db
    .updateTable("watchSources")
    .set(state)
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .execute();
}

/** Removes a source and everything it found, with the check-ins' picks of it. */
export async function deleteWatchSource(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<void> {
  await deleteNewsPicksOfItemsWhere(db, accountId, { sourceId: id });
  await db
    .deleteFrom("watchItems")
    .where("accountId", "=", accountId)
    .where("sourceId", "=", id)
    .execute();
  await db
    .deleteFrom("watchSources")
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .execute();
}

/** The keys of a source's items already on record, dismissed ones included. */
export async function knownItemKeys(
  db: Kysely<Database>,
  accountId: string,
  sourceId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom("watchItems")
    .select("itemKey")
    .where("accountId", "=", accountId)
    .where("sourceId", "=", sourceId)
    .execute();
  return new Set(rows.map((r) => r.itemKey));
}

export async function insertWatchItems(
  db: Kysely<Database>,
  accountId: string,
  items: WatchItem[],
): Promise<void> {
  await insertInChunks(
    db,
    "watchItems",
    items.map((i) => ({ ...i, accountId })),
  );
}

/** Marks the source's items with these keys as seen again now. */
export async function touchWatchItems(
  db: Kysely<Database>,
  accountId: string,
  sourceId: string,
  keys: string[],
  now: string,
): Promise<void> {
  for (let i = 0; i < keys.length; i += 500)
    await db
      .updateTable("watchItems")
      .set({ lastSeenAt: now })
      .where("accountId", "=", accountId)
      .where("sourceId", "=", sourceId)
      .where("itemKey", "in", keys.slice(i, i + 500))
      .execute();
}

/** The account's items, of one company or all, newest first seen first. */
export async function listWatchItems(
  db: Kysely<Database>,
  accountId: string,
  companyId?: string,
): Promise<WatchItem[]> {
  let q = db.selectFrom("watchItems").selectAll().where("accountId", "=", accountId);
  if (companyId !== undefined) q = q.where("companyId", "=", companyId);
  return (await q.orderBy("firstSeenAt", "desc").orderBy("id").execute()).map(toItem);
}

export async function getWatchItem(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<WatchItem | null> {
  const row = await db
    .selectFrom("watchItems")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toItem(row) : null;
}

export async function setWatchItemDismissed(
  db: Kysely<Database>,
  accountId: string,
  id: string,
  dismissedAt: string | null,
): Promise<void> {
  await db
    .updateTable("watchItems")
    .set({ dismissedAt })
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .execute();
}

export async function countCompanyWatch(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<{ watchSources: number; watchItems: number }> {
  const count = async (table: "watchSources" | "watchItems") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .where("accountId", "=", accountId)
          .where("companyId", "=", companyId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { watchSources: await count("watchSources"), watchItems: await count("watchItems") };
}

/** Forgetting a company: its watched sources and all they found, tombstones and picks included. */
export async function deleteCompanyWatch(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<void> {
  await deleteNewsPicksOfItemsWhere(db, accountId, { companyId });
  await db
    .deleteFrom("watchItems")
    .where("accountId", "=", accountId)
    .where("companyId", "=", companyId)
    .execute();
  await db
    .deleteFrom("watchSources")
    .where("accountId", "=", accountId)
    .where("companyId", "=", companyId)
    .execute();
}

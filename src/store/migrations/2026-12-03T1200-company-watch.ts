import type { Kysely } from "kysely";

// The company watch (issue 14, R20): the sources watched per company (a careers board or a news
// feed, with its poll state) and what they were found to hold. An item is kept by a hash of its
// board id or feed GUID/URL, once per source; a dismissed one keeps its row (dismissed_at set),
// so the next poll finds it known and it stays dismissed.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("watch_sources")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    // "board" | "feed"
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("provider", "text")
    .addColumn("token", "text")
    // What is fetched (a board's API, a feed), and what the user pasted.
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("input_url", "text", (c) => c.notNull())
    .addColumn("title", "text")
    // "pending" | "ok" | "failing" | "paused"
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_reason", "text")
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("last_checked_at", "text")
    .addColumn("next_check_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("watch_sources_url_unique", ["account_id", "company_id", "url"])
    .execute();
  await db.schema
    .createIndex("watch_sources_due")
    .on("watch_sources")
    .columns(["next_check_at"])
    .execute();
  await db.schema
    .createTable("watch_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("source_id", "text", (c) => c.notNull().references("watch_sources.id"))
    // "posting" | "news"
    .addColumn("kind", "text", (c) => c.notNull())
    // SHA-256 of the board's posting id or the feed item's GUID/URL.
    .addColumn("item_key", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("location", "text")
    .addColumn("department", "text")
    .addColumn("summary", "text")
    .addColumn("published_at", "text")
    .addColumn("first_seen_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("dismissed_at", "text")
    .addUniqueConstraint("watch_items_key_unique", ["account_id", "source_id", "item_key"])
    .execute();
  await db.schema
    .createIndex("watch_items_company")
    .on("watch_items")
    .columns(["account_id", "company_id"])
    .execute();
}

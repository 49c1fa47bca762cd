import { type Kysely, PostgresAdapter } from "kysely";
import { accountRowSecurity } from "../row-security.js";

// A news item of the company watch the user picked for a check-in to mention (R20), one per
// action. Kept apart from the plan's rows, so re-planning (which updates an open action in place)
// leaves the pick alone; removed with the item (dismissing it) or the action's company.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("news_picks")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("action_id", "text", (c) => c.notNull().references("actions.id"))
    .addColumn("item_id", "text", (c) => c.notNull().references("watch_items.id"))
    .addColumn("picked_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("news_picks_pk", ["account_id", "action_id"])
    .execute();
  await db.schema
    .createIndex("news_picks_item")
    .on("news_picks")
    .columns(["account_id", "item_id"])
    .execute();
  // Row-level security like every account-owned table (PostgreSQL only).
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await accountRowSecurity(db, "news_picks");
}

import type { Kysely } from "kysely";

// The channel the user switched a draft to (issue 11: an email written as a letter instead);
// null: the planned one. Kept with the draft's text, since that text is written for it. The
// action's own channel stays the planner's, which a re-plan may set again.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("draft_edits").addColumn("channel", "text").execute();
}

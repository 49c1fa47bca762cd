import type { Kysely } from "kysely";

// The user's own words (issue 11: "add to my words" on a spelling finding): tools, places and
// jargon the dictionary lacks, never misspellings in any later check. One row per word as the
// user wrote it; `word_key` is its lower case, so "dbt" and "DBT" are one word.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("user_words")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("word_key", "text", (c) => c.notNull())
    .addColumn("word", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_words_pk", ["account_id", "word_key"])
    .execute();
}

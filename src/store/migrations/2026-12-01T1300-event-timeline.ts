import type { Kysely } from "kysely";

// A reply or a call can bring news of the decision (R11, R16): the timeline as said, and the local
// day it ends on when the words give one (R3). Added columns only, so the PostgreSQL search vector
// generated from the other columns is untouched.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("events").addColumn("timeline_text", "text").execute();
  await db.schema.alterTable("events").addColumn("timeline_date", "text").execute();
}

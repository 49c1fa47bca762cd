import type { Kysely } from "kysely";

// How to greet a company's people unless one has a register of their own (issue 11): "formal" |
// "first-name", null = the country's default. An added column only.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("companies").addColumn("register", "text").execute();
}

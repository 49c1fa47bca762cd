import type { Kysely } from "kysely";

// How to greet a person (issue 11): the honorific the user gives ("Ms", "Dr") and a register
// ("formal" | "first-name", null = the country's default). Added columns only, so the PostgreSQL
// search vector generated from the other columns is untouched.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("contacts").addColumn("honorific", "text").execute();
  await db.schema.alterTable("contacts").addColumn("register", "text").execute();
}

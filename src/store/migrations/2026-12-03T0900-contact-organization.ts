import type { Kysely } from "kysely";

// The organization a person's card names (vCard ORG, issue 15), kept as on the card (R1): a
// recruiter's agency is not the company interviewing. An added column only, so the PostgreSQL
// search vector generated from the other columns is untouched.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("contacts").addColumn("organization", "text").execute();
}

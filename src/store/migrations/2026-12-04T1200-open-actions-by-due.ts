import { type Kysely, sql } from "kysely";

// Today's pages (issue 12): the open follow-ups of an account in due order, cut at a page. On
// (account_id, status, due_at) the three open statuses are three ranges, so every follow-up of
// a group was read and sorted before the first 25 were kept; this index holds only the open
// ones, in due order, so a page is read in order and stops at its last row. Same SQL on both
// databases: the agenda's `status in (…)` is the index's condition word for word.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index actions_open_by_due on actions (account_id, due_at, id)
    where status in ('planned', 'drafted', 'approved')`.execute(db);
}

import { type Kysely, PostgresAdapter, sql } from "kysely";

// Search (R25) covers what the user wrote about an event too: the note of a reply, a call, a
// decision, and a decision's outcome, so "rejected" finds the day it came. Same shape as the
// notes' and correspondence's search: FTS5 kept by triggers on SQLite, a generated tsvector with
// a GIN index on PostgreSQL.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await searchOnPostgres(db);
  else await searchOnSqlite(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function searchOnSqlite(db: Kysely<any>): Promise<void> {
  const tokenize = "porter unicode61 remove_diacritics 2";
  const statements = [
    sql`create virtual table events_fts using fts5(outcome, note, content='events', content_rowid='rowid', tokenize=${sql.lit(tokenize)})`,
    sql`create trigger events_fts_insert after insert on events begin
      insert into events_fts(rowid, outcome, note) values (new.rowid, new.outcome, new.note); end`,
    sql`create trigger events_fts_delete after delete on events begin
      insert into events_fts(events_fts, rowid, outcome, note)
        values ('delete', old.rowid, old.outcome, old.note); end`,
    sql`create trigger events_fts_update after update of outcome, note on events begin
      insert into events_fts(events_fts, rowid, outcome, note)
        values ('delete', old.rowid, old.outcome, old.note);
      insert into events_fts(rowid, outcome, note) values (new.rowid, new.outcome, new.note); end`,
    // Events recorded before this migration.
    sql`insert into events_fts(events_fts) values ('rebuild')`,
  ];
  for (const statement of statements) await statement.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function searchOnPostgres(db: Kysely<any>): Promise<void> {
  await sql`alter table events add column search_vector tsvector
    generated always as (
      to_tsvector('english', coalesce(outcome, '') || ' ' || coalesce(note, ''))
    ) stored`.execute(db);
  await sql`create index events_search on events using gin (search_vector)`.execute(db);
}

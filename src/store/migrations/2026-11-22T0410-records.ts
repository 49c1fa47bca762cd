import { type Kysely, PostgresAdapter, sql } from "kysely";

// Records: the calendar (R24), mailbox sync (R16) and full-text search (R25).
// Search is the one place the two databases differ: SQLite gets FTS5 tables kept in step by
// triggers (so every writer of notes and correspondence, imports included, is covered);
// PostgreSQL gets a generated tsvector column with a GIN index. One file, one DDL per dialect.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  // R24: SEQUENCE per action, bumped when what a calendar shows of it changes.
  await db.schema
    .createTable("calendar_sequences")
    // No foreign key: the sequence outlives whatever happens to the action row.
    .addColumn("action_id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("sequence", "integer", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .execute();

  // The secret in the subscribable feed's address; rotating it replaces the row.
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id"))
    .addColumn("secret", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // The user's mailbox; the password is AES-256-GCM ciphertext, the key is not in the database.
  await db.schema
    .createTable("imap_settings")
    .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id"))
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("port", "integer", (c) => c.notNull())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("password_encrypted", "text", (c) => c.notNull())
    .addColumn("secure", "integer", (c) => c.notNull())
    .addColumn("mailboxes", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  // Where each mailbox's sync got to: the last UID seen, valid only under this UIDVALIDITY.
  await db.schema
    .createTable("imap_sync_states")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("mailbox", "text", (c) => c.notNull())
    .addColumn("uid_validity", "text", (c) => c.notNull())
    .addColumn("last_uid", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("imap_sync_states_pk", ["account_id", "mailbox"])
    .execute();

  // Dedupe of mail by Message-ID, and reply matching by In-Reply-To/References (R16).
  await db.schema
    .createIndex("correspondence_message_id")
    .on("correspondence")
    .columns(["account_id", "message_id"])
    .execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) await searchOnPostgres(db);
  else await searchOnSqlite(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function searchOnSqlite(db: Kysely<any>): Promise<void> {
  // External-content FTS5: the text lives once, in the tables; porter stems English words the
  // way PostgreSQL's 'english' configuration does.
  const tokenize = "porter unicode61 remove_diacritics 2";
  await sql`create virtual table notes_fts using fts5(text, content='notes', content_rowid='rowid', tokenize=${sql.lit(tokenize)})`.execute(
    db,
  );
  await sql`create virtual table correspondence_fts using fts5(subject, body, content='correspondence', content_rowid='rowid', tokenize=${sql.lit(tokenize)})`.execute(
    db,
  );
  const statements = [
    sql`create trigger notes_fts_insert after insert on notes begin
      insert into notes_fts(rowid, text) values (new.rowid, new.text); end`,
    sql`create trigger notes_fts_delete after delete on notes begin
      insert into notes_fts(notes_fts, rowid, text) values ('delete', old.rowid, old.text); end`,
    sql`create trigger notes_fts_update after update of text on notes begin
      insert into notes_fts(notes_fts, rowid, text) values ('delete', old.rowid, old.text);
      insert into notes_fts(rowid, text) values (new.rowid, new.text); end`,
    sql`create trigger correspondence_fts_insert after insert on correspondence begin
      insert into correspondence_fts(rowid, subject, body) values (new.rowid, new.subject, new.body); end`,
    sql`create trigger correspondence_fts_delete after delete on correspondence begin
      insert into correspondence_fts(correspondence_fts, rowid, subject, body)
        values ('delete', old.rowid, old.subject, old.body); end`,
    sql`create trigger correspondence_fts_update after update of subject, body on correspondence begin
      insert into correspondence_fts(correspondence_fts, rowid, subject, body)
        values ('delete', old.rowid, old.subject, old.body);
      insert into correspondence_fts(rowid, subject, body) values (new.rowid, new.subject, new.body); end`,
    // Rows written before this migration.
    sql`insert into notes_fts(notes_fts) values ('rebuild')`,
    sql`insert into correspondence_fts(correspondence_fts) values ('rebuild')`,
  ];
  for (const statement of statements) await statement.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
async function searchOnPostgres(db: Kysely<any>): Promise<void> {
  // Generated columns follow every insert and update, whoever writes; the subject weighs more.
  await sql`alter table notes add column search_vector tsvector
    generated always as (to_tsvector('english', text)) stored`.execute(db);
  await sql`create index notes_search on notes using gin (search_vector)`.execute(db);
  await sql`alter table correspondence add column search_vector tsvector
    generated always as (
      setweight(to_tsvector('english', coalesce(subject, '')), 'A') ||
      setweight(to_tsvector('english', body), 'B')
    ) stored`.execute(db);
  await sql`create index correspondence_search on correspondence using gin (search_vector)`.execute(
    db,
  );
}

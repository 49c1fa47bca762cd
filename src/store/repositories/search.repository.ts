import {
  type Expression,
  expressionBuilder,
  type Kysely,
  PostgresAdapter,
  type RawBuilder,
  type SqlBool,
  sql,
} from "kysely";
import type { Database } from "../schema.js";

export interface SearchRow {
  /** A note, an event's note or decision (a reply, a call, a decision…), or logged mail. */
  kind: "note" | "event" | "correspondence";
  id: string;
  interviewId: string | null;
  /** The application the record belongs to: the page a hit opens. */
  applicationId: string | null;
  /** Whose it is: the record's contact, else the first person on its interview. */
  person: string | null;
  company: string | null;
  title: string;
  snippet: string;
  occurredAt: string;
  /** Higher is better. */
  rank: number;
}

type Aliased = "n" | "e" | "c";

/**
 * `alias.account_id = accountId` built as the query builder builds it (a comparison, not text),
 * so the account predicate has one shape in every repository.
 */
function ownedBy(alias: Aliased, accountId: string): Expression<SqlBool> {
  return expressionBuilder<Record<Aliased, { accountId: string }>, Aliased>()(
    `${alias}.accountId`,
    "=",
    accountId,
  );
}

/** Marks around a matched word in a snippet: plain characters, safe in a terminal and in HTML. */
export const SNIPPET_OPEN = "«";
export const SNIPPET_CLOSE = "»";

/**
 * Full-text search over notes, events and correspondence (R25), best first. SQLite takes an FTS5
 * query (see toFtsQuery); PostgreSQL takes the user's words as they are, through
 * websearch_to_tsquery.
 */
export async function searchRecords(
  db: Kysely<Database>,
  accountId: string,
  query: { fts: string; words: string },
  limit: number,
): Promise<SearchRow[]> {
  const rows =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? await searchPostgres(db, accountId, query.words, limit)
      : await searchSqlite(db, accountId, query.fts, limit);
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}

// Logging a received message records a reply event whose note is the message's subject: that
// text is found as the message itself, not twice.
const notAMailEcho = sql`not (e.kind = 'reply' and exists (
    select 1 from interviews i join correspondence c on c.application_id = i.application_id
      where i.id = e.interview_id and c.occurred_at = e.occurred_at and c.direction = 'in'
        and c.subject = e.note))`;

// "call", "next round", "decision (rejected)"
const eventTitle = sql`replace(e.kind, '-', ' ') || coalesce(' (' || e.outcome || ')', '')`;

/**
 * The kept hits (`found`: kind, id, interview_id, application_id, contact_id, title, snippet,
 * occurred_at, rank) with the person, the company and the application each belongs to. Runs
 * only on the few rows kept, and reads the same on both databases.
 */
function describeFound(found: RawBuilder<unknown>): RawBuilder<SearchRow> {
  return sql<SearchRow>`
    with found as (${found})
    select f.kind, f.id, f.interview_id, a.id as application_id,
        coalesce(
          (select ct.name from contacts ct where ct.id = f.contact_id),
          (select ct.name from correspondence_contacts cc join contacts ct on ct.id = cc.contact_id
             where f.kind = 'correspondence' and cc.correspondence_id = f.id
             order by ct.name limit 1),
          (select ct.name from participations p join contacts ct on ct.id = p.contact_id
             where p.interview_id = f.interview_id
             order by p.seat, ct.name limit 1)
        ) as person,
        co.name as company, f.title, f.snippet, f.occurred_at, f.rank
      from found f
      left join interviews i on i.id = f.interview_id
      left join applications a on a.id = coalesce(f.application_id, i.application_id)
      left join companies co on co.id = a.company_id
      order by f.rank desc, f.occurred_at desc, f.id`;
}

async function searchSqlite(
  db: Kysely<Database>,
  accountId: string,
  fts: string,
  limit: number,
): Promise<SearchRow[]> {
  // Ranked first, on rowids alone; snippets only for the few rows kept. bm25 is negative, lower
  // is better; the subject weighs twice the body.
  const found = sql`
    with hits as (
      select 'note' as kind, notes_fts.rowid as rid, bm25(notes_fts) as score
        from notes_fts join notes n on n.rowid = notes_fts.rowid
        where notes_fts match ${fts} and ${ownedBy("n", accountId)}
      union all
      select 'event', events_fts.rowid, bm25(events_fts)
        from events_fts join events e on e.rowid = events_fts.rowid
        where events_fts match ${fts} and ${ownedBy("e", accountId)} and ${notAMailEcho}
      union all
      select 'correspondence', correspondence_fts.rowid, bm25(correspondence_fts, 2.0, 1.0)
        from correspondence_fts join correspondence c on c.rowid = correspondence_fts.rowid
        where correspondence_fts match ${fts} and ${ownedBy("c", accountId)}
      order by score, rid
      limit ${limit}
    )
    select h.kind, n.id, n.interview_id, cast(null as text) as application_id, n.contact_id,
        n.kind || ' note' as title,
        (select snippet(notes_fts, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16)
           from notes_fts where notes_fts match ${fts} and notes_fts.rowid = h.rid) as snippet,
        n.created_at as occurred_at, -h.score as rank
      from hits h join notes n on n.rowid = h.rid
      where h.kind = 'note'
    union all
    select h.kind, e.id, e.interview_id, null, e.contact_id, ${eventTitle},
        (select snippet(events_fts, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16)
           from events_fts where events_fts match ${fts} and events_fts.rowid = h.rid),
        e.occurred_at, -h.score
      from hits h join events e on e.rowid = h.rid
      where h.kind = 'event'
    union all
    select h.kind, c.id, c.interview_id, c.application_id, null,
        coalesce(c.subject, c.channel || ' (' || c.direction || ')'),
        (select snippet(correspondence_fts, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16)
           from correspondence_fts where correspondence_fts match ${fts} and correspondence_fts.rowid = h.rid),
        c.occurred_at, -h.score
      from hits h join correspondence c on c.rowid = h.rid
      where h.kind = 'correspondence'`;
  const { rows } = await describeFound(found).execute(db);
  return rows;
}

async function searchPostgres(
  db: Kysely<Database>,
  accountId: string,
  words: string,
  limit: number,
): Promise<SearchRow[]> {
  const headline = `StartSel=${SNIPPET_OPEN}, StopSel=${SNIPPET_CLOSE}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;
  // Ranked first; ts_headline (slow on long bodies) runs only on the rows kept.
  const found = sql`
    with q as (select websearch_to_tsquery('english', ${words}) as query),
    hits as (
      select 'note' as kind, n.id, n.interview_id, cast(null as text) as application_id,
          n.contact_id, n.kind || ' note' as title, n.text as doc,
          n.created_at as occurred_at, ts_rank(n.search_vector, q.query) as rank
        from notes n, q
        where ${ownedBy("n", accountId)} and n.search_vector @@ q.query
      union all
      select 'event', e.id, e.interview_id, null, e.contact_id, ${eventTitle},
          concat_ws(E'\n', e.outcome, e.note), e.occurred_at, ts_rank(e.search_vector, q.query)
        from events e, q
        where ${ownedBy("e", accountId)} and e.search_vector @@ q.query and ${notAMailEcho}
      union all
      select 'correspondence', c.id, c.interview_id, c.application_id, null,
          coalesce(c.subject, c.channel || ' (' || c.direction || ')'),
          coalesce(c.subject, '') || E'\n' || c.body, c.occurred_at,
          ts_rank(c.search_vector, q.query)
        from correspondence c, q
        where ${ownedBy("c", accountId)} and c.search_vector @@ q.query
      order by rank desc, occurred_at desc, id
      limit ${limit}
    )
    select h.kind, h.id, h.interview_id, h.application_id, h.contact_id, h.title,
        ts_headline('english', h.doc, q.query, ${headline}) as snippet, h.occurred_at, h.rank
      from hits h, q`;
  const { rows } = await describeFound(found).execute(db);
  return rows;
}

import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database } from "../schema.js";

export interface SearchRow {
  kind: "note" | "correspondence";
  id: string;
  interviewId: string | null;
  title: string;
  snippet: string;
  occurredAt: string;
  /** Higher is better. */
  rank: number;
}

/** Marks around a matched word in a snippet: plain characters, safe in a terminal and in HTML. */
export const SNIPPET_OPEN = "«";
export const SNIPPET_CLOSE = "»";

/**
 * Full-text search over notes and correspondence (R25), best first. SQLite takes an FTS5 query
 * (see toFtsQuery); PostgreSQL takes the user's words as they are, through websearch_to_tsquery.
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

async function searchSqlite(
  db: Kysely<Database>,
  accountId: string,
  fts: string,
  limit: number,
): Promise<SearchRow[]> {
  // Ranked first, on rowids alone; snippets only for the few rows kept. bm25 is negative, lower
  // is better; the subject weighs twice the body.
  const { rows } = await sql<SearchRow>`
    with hits as (
      select 'note' as kind, notes_fts.rowid as rid, bm25(notes_fts) as score
        from notes_fts join notes n on n.rowid = notes_fts.rowid
        where notes_fts match ${fts} and n.account_id = ${accountId}
      union all
      select 'correspondence', correspondence_fts.rowid, bm25(correspondence_fts, 2.0, 1.0)
        from correspondence_fts join correspondence c on c.rowid = correspondence_fts.rowid
        where correspondence_fts match ${fts} and c.account_id = ${accountId}
      order by score, rid
      limit ${limit}
    )
    select h.kind, n.id, n.interview_id, n.kind || ' note' as title,
        (select snippet(notes_fts, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16)
           from notes_fts where notes_fts match ${fts} and notes_fts.rowid = h.rid) as snippet,
        n.created_at as occurred_at, -h.score as rank
      from hits h join notes n on n.rowid = h.rid
      where h.kind = 'note'
    union all
    select h.kind, c.id, c.interview_id, coalesce(c.subject, c.channel || ' (' || c.direction || ')'),
        (select snippet(correspondence_fts, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 16)
           from correspondence_fts where correspondence_fts match ${fts} and correspondence_fts.rowid = h.rid),
        c.occurred_at, -h.score
      from hits h join correspondence c on c.rowid = h.rid
      where h.kind = 'correspondence'
    order by rank desc, occurred_at desc`.execute(db);
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
  const { rows } = await sql<SearchRow>`
    with q as (select websearch_to_tsquery('english', ${words}) as query),
    hits as (
      select 'note' as kind, n.id, n.interview_id, n.kind || ' note' as title, n.text as doc,
          n.created_at as occurred_at, ts_rank(n.search_vector, q.query) as rank
        from notes n, q
        where n.account_id = ${accountId} and n.search_vector @@ q.query
      union all
      select 'correspondence', c.id, c.interview_id,
          coalesce(c.subject, c.channel || ' (' || c.direction || ')'),
          coalesce(c.subject, '') || E'\n' || c.body, c.occurred_at,
          ts_rank(c.search_vector, q.query)
        from correspondence c, q
        where c.account_id = ${accountId} and c.search_vector @@ q.query
      order by rank desc, occurred_at desc, id
      limit ${limit}
    )
    select h.kind, h.id, h.interview_id, h.title, h.occurred_at, h.rank,
        ts_headline('english', h.doc, q.query, ${headline}) as snippet
      from hits h, q
      order by h.rank desc, h.occurred_at desc, h.id`.execute(db);
  return rows;
}

import { type Kysely, sql } from "kysely";
import type { ActionKind, Channel, FollowUpAction, RuleId } from "../../core/domain/types.js";
import type { Database } from "../schema.js";

/** What Today shows of a follow-up (R26); the window and the rest come when it is opened. */
export type AgendaAction = Pick<
  FollowUpAction,
  "id" | "contactId" | "kind" | "channel" | "dueDate" | "snoozedUntil" | "rules" | "why"
>;

export interface AgendaItem {
  action: AgendaAction;
  contactName: string | null;
  companyName: string;
  role: string;
}

/** A span of due instants (UTC ISO text, as `actions.dueAt` holds them): from ≤ due < until. */
export interface DueSpan {
  from: string | null;
  until: string;
}

const OPEN = ["planned", "drafted", "approved"];
/**
 * The same statuses written into the statement, not bound: only then can SQLite (and a generic
 * PostgreSQL plan) see that it is the condition of the index `actions_open_by_due` and read a
 * page in due order from it (migration 2026-12-04T1200).
 */
const IS_OPEN = sql<boolean>`status in ('planned', 'drafted', 'approved')`;

/** How many open follow-ups fall due in each span, counted by the database in one query. */
export async function countOpenActionsInSpans<K extends string>(
  db: Kysely<Database>,
  accountId: string,
  spans: Record<K, DueSpan>,
): Promise<Record<K, number>> {
  const entries = Object.entries(spans) as [K, DueSpan][];
  const row = await db
    .selectFrom("actions")
    .select((eb) =>
      entries.map(([name, span]) => {
        const count = eb.fn.countAll<number | string>().filterWhere("dueAt", "<", span.until);
        return (span.from === null ? count : count.filterWhere("dueAt", ">=", span.from)).as(name);
      }),
    )
    .where("accountId", "=", accountId)
    .where("status", "in", OPEN)
    // Bounded by the last span's end, the index is read only over the agenda's days: open
    // follow-ups due later (most of a busy store) are never visited. 0.9 → 0.14 ms of CPU over
    // 10,000 open actions on SQLite (issue 12).
    .where(
      "dueAt",
      "<",
      entries.reduce((end, [, span]) => (span.until > end ? span.until : end), ""),
    )
    .executeTakeFirstOrThrow();
  const counts = {} as Record<K, number>;
  // PostgreSQL's count is a bigint, which pg gives as text.
  for (const [name] of entries) counts[name] = Number((row as Record<string, unknown>)[name] ?? 0);
  return counts;
}

/**
 * One page of the open follow-ups due in a span, soonest first, with only what Today shows. The
 * page is cut from `actions` alone before the joins, so a long group costs its page, not its length.
 */
export async function listAgendaItems(
  db: Kysely<Database>,
  accountId: string,
  span: DueSpan,
  page: { offset: number; limit: number | null },
): Promise<AgendaItem[]> {
  let due = db
    .selectFrom("actions")
    .select([
      "id",
      "interviewId",
      "contactId",
      "kind",
      "channel",
      "dueDate",
      "dueAt",
      "snoozedUntil",
      "rules",
      "why",
    ])
    .where("accountId", "=", accountId)
    .where(IS_OPEN)
    .where("dueAt", "<", span.until)
    .orderBy("dueAt")
    .orderBy("id");
  if (span.from !== null) due = due.where("dueAt", ">=", span.from);
  if (page.limit !== null) due = due.limit(page.limit).offset(page.offset);
  else if (page.offset > 0) due = due.limit(Number.MAX_SAFE_INTEGER).offset(page.offset);
  const rows = await db
    .selectFrom(due.as("a"))
    .innerJoin("interviews", "interviews.id", "a.interviewId")
    .innerJoin("applications", "applications.id", "interviews.applicationId")
    .innerJoin("companies", "companies.id", "applications.companyId")
    .leftJoin("contacts", "contacts.id", "a.contactId")
    .select([
      "a.id",
      "a.contactId",
      "a.kind",
      "a.channel",
      "a.dueDate",
      "a.snoozedUntil",
      "a.rules",
      "a.why",
      "contacts.name as contactName",
      "companies.name as companyName",
      "applications.role as role",
    ])
    .orderBy("a.dueAt")
    .orderBy("a.id")
    .execute();
  return rows.map((row) => ({
    action: {
      id: row.id,
      contactId: row.contactId,
      kind: row.kind as ActionKind,
      channel: row.channel as Channel,
      dueDate: row.dueDate,
      snoozedUntil: row.snoozedUntil,
      rules: JSON.parse(row.rules) as RuleId[],
      why: row.why,
    },
    contactName: row.contactName,
    companyName: row.companyName,
    role: row.role,
  }));
}

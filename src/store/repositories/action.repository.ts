import type { Kysely } from "kysely";
import type {
  ActionKind,
  ActionStatus,
  Channel,
  FollowUpAction,
  RuleId,
} from "../../core/domain/types.js";
import type { ActionsTable, Database } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

export interface AgendaRow {
  action: FollowUpAction;
  contactName: string | null;
  companyName: string;
  role: string;
}

export async function listActionsOfInterviews(
  db: Kysely<Database>,
  accountId: string,
  interviewIds: string[],
): Promise<FollowUpAction[]> {
  if (interviewIds.length === 0) return [];
  const rows = await db
    .selectFrom("actions")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("interviewId", "in", interviewIds)
    .orderBy("dueAt")
    .orderBy("id")
    .execute();
  return rows.map(toAction);
}

export async function listActions(
  db: Kysely<Database>,
  accountId: string,
): Promise<FollowUpAction[]> {
  const rows = await db
    .selectFrom("actions")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("id")
    .execute();
  return rows.map(toAction);
}

export async function getAction(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<FollowUpAction | null> {
  const row = await db
    .selectFrom("actions")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toAction(row) : null;
}

export async function insertAction(
  db: Kysely<Database>,
  accountId: string,
  action: FollowUpAction,
  updatedAt: string,
): Promise<void> {
  await insertActions(db, accountId, [action], updatedAt);
}

export async function insertActions(
  db: Kysely<Database>,
  accountId: string,
  actions: FollowUpAction[],
  updatedAt: string,
): Promise<void> {
  await insertInChunks(
    db,
    "actions",
    actions.map((a) => fromAction(accountId, a, updatedAt)),
  );
}

export async function updateAction(
  db: Kysely<Database>,
  accountId: string,
  action: FollowUpAction,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable("actions")
    .set(fromAction(accountId, action, updatedAt))
    .where("accountId", "=", accountId)
    .where("id", "=", action.id)
    .execute();
}

/** The account's actions with the names a person reads beside them: person, company, role. */
export function actionsWithNames(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom("actions")
    .innerJoin("interviews", "interviews.id", "actions.interviewId")
    .innerJoin("applications", "applications.id", "interviews.applicationId")
    .innerJoin("companies", "companies.id", "applications.companyId")
    .leftJoin("contacts", "contacts.id", "actions.contactId")
    .selectAll("actions")
    .select([
      "contacts.name as contactName",
      "companies.name as companyName",
      "applications.role as role",
    ])
    .where("actions.accountId", "=", accountId);
}

/** Open actions due before `until` (a UTC instant), soonest first, with the names a person reads. */
export async function listOpenActionsDueBefore(
  db: Kysely<Database>,
  accountId: string,
  until: string,
): Promise<AgendaRow[]> {
  const rows = await actionsWithNames(db, accountId)
    .where("actions.status", "in", ["planned", "drafted", "approved"])
    .where("actions.dueAt", "<", until)
    .orderBy("actions.dueAt")
    .orderBy("actions.id")
    .execute();
  return rows.map((row) => ({
    action: toAction(row),
    contactName: row.contactName,
    companyName: row.companyName,
    role: row.role,
  }));
}

export function toAction(row: ActionsTable): FollowUpAction {
  return {
    id: row.id,
    interviewId: row.interviewId,
    contactId: row.contactId,
    kind: row.kind as ActionKind,
    channel: row.channel as Channel,
    window: {
      start: row.windowStart,
      due: row.windowDue,
      late: row.windowLate,
      overdue: row.windowOverdue,
    },
    dueDate: row.dueDate,
    rules: JSON.parse(row.rules) as RuleId[],
    why: row.why,
    status: row.status as ActionStatus,
    snoozedUntil: row.snoozedUntil,
    doneAt: row.doneAt,
    skipReason: row.skipReason,
    correspondenceId: row.correspondenceId,
  };
}

function fromAction(accountId: string, a: FollowUpAction, updatedAt: string): ActionsTable {
  return {
    id: a.id,
    accountId,
    interviewId: a.interviewId,
    contactId: a.contactId,
    kind: a.kind,
    channel: a.channel,
    dueDate: a.dueDate,
    dueAt: new Date(a.window.due).toISOString(),
    windowStart: a.window.start,
    windowDue: a.window.due,
    windowLate: a.window.late,
    windowOverdue: a.window.overdue,
    rules: JSON.stringify(a.rules),
    why: a.why,
    status: a.status,
    snoozedUntil: a.snoozedUntil,
    doneAt: a.doneAt,
    skipReason: a.skipReason,
    correspondenceId: a.correspondenceId,
    updatedAt,
  };
}

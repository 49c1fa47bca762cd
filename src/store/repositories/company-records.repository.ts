import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { deleteClientWritesOf } from "./client-write.repository.js";
import { countCompanyWatch, deleteCompanyWatch } from "./watch.repository.js";

/** How many of each record a company holds: what forgetting it would remove. */
export interface CompanyRecordCounts {
  applications: number;
  interviews: number;
  contacts: number;
  notes: number;
  events: number;
  correspondence: number;
  actions: number;
  /** Careers boards and news feeds watched (R20), and the postings and news they found. */
  watchSources: number;
  watchItems: number;
}

export interface CompanyRecordIds {
  applications: string[];
  interviews: string[];
  contacts: string[];
  correspondence: string[];
  actions: string[];
}

async function idsOf(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<CompanyRecordIds> {
  const applications = (
    await db
      .selectFrom("applications")
      .select("id")
      .where("accountId", "=", accountId)
      .where("companyId", "=", companyId)
      .execute()
  ).map((r) => r.id);
  const none = ["\u0001none"];
  const interviews = (
    await db
      .selectFrom("interviews")
      .select("id")
      .where("accountId", "=", accountId)
      .where("applicationId", "in", applications.length ? applications : none)
      .execute()
  ).map((r) => r.id);
  const contacts = (
    await db
      .selectFrom("contacts")
      .select("id")
      .where("accountId", "=", accountId)
      .where("companyId", "=", companyId)
      .execute()
  ).map((r) => r.id);
  const correspondence = (
    await db
      .selectFrom("correspondence")
      .select("id")
      .where("accountId", "=", accountId)
      .where((eb) =>
        eb.or([
          eb("applicationId", "in", applications.length ? applications : none),
          eb("interviewId", "in", interviews.length ? interviews : none),
        ]),
      )
      .execute()
  ).map((r) => r.id);
  const actions = (
    await db
      .selectFrom("actions")
      .select("id")
      .where("accountId", "=", accountId)
      .where("interviewId", "in", interviews.length ? interviews : none)
      .execute()
  ).map((r) => r.id);
  return { applications, interviews, contacts, correspondence, actions };
}

export async function countCompanyRecords(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<CompanyRecordCounts> {
  const ids = await idsOf(db, accountId, companyId);
  const countIn = async (table: "notes" | "events") =>
    ids.interviews.length === 0
      ? 0
      : Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<string | number>().as("n"))
              .where("accountId", "=", accountId)
              .where("interviewId", "in", ids.interviews)
              .executeTakeFirstOrThrow()
          ).n,
        );
  return {
    applications: ids.applications.length,
    interviews: ids.interviews.length,
    contacts: ids.contacts.length,
    notes: await countIn("notes"),
    events: await countIn("events"),
    correspondence: ids.correspondence.length,
    actions: ids.actions.length,
    ...(await countCompanyWatch(db, accountId, companyId)),
  };
}

/**
 * Removes every record of a company for good, children before parents: its check-ins' news
 * picks, its drafts being edited, its outbox messages, mail, events, notes, plan, seats, interviews, people, applications, itself,
 * and the phone's ids of the writes that made them.
 * The search index follows (triggers on SQLite, generated columns on PostgreSQL). Returns the ids
 * of the interviews it removed, so the caller can forget their trashed records too.
 */
export async function deleteCompanyRecords(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<CompanyRecordIds> {
  const ids = await idsOf(db, accountId, companyId);
  const { actions, correspondence, contacts, interviews, applications } = ids;
  if (actions.length) {
    await db
      .deleteFrom("newsPicks")
      .where("accountId", "=", accountId)
      .where("actionId", "in", actions)
      .execute();
    await db
      .deleteFrom("draftEdits")
      .where("accountId", "=", accountId)
      .where("actionId", "in", actions)
      .execute();
    await db
      .deleteFrom("outbox")
      .where("accountId", "=", accountId)
      .where("actionId", "in", actions)
      .execute();
  }
  if (correspondence.length) {
    await db
      .deleteFrom("correspondenceContacts")
      .where("accountId", "=", accountId)
      .where("correspondenceId", "in", correspondence)
      .execute();
    await db
      .deleteFrom("outbox")
      .where("accountId", "=", accountId)
      .where("correspondenceId", "in", correspondence)
      .execute();
    await db
      .deleteFrom("correspondence")
      .where("accountId", "=", accountId)
      .where("id", "in", correspondence)
      .execute();
  }
  if (contacts.length)
    await db
      .deleteFrom("correspondenceContacts")
      .where("accountId", "=", accountId)
      .where("contactId", "in", contacts)
      .execute();
  // The phone's ids for the company's interviews, people and notes go with them.
  const notes = interviews.length
    ? (
        await db
          .selectFrom("notes")
          .select("id")
          .where("accountId", "=", accountId)
          .where("interviewId", "in", interviews)
          .execute()
      ).map((r) => r.id)
    : [];
  await deleteClientWritesOf(db, accountId, [...interviews, ...contacts, ...notes]);
  if (interviews.length) {
    for (const table of ["events", "notes", "actions", "participations"] as const)
      await db
        .deleteFrom(table)
        .where("accountId", "=", accountId)
        .where("interviewId", "in", interviews)
        .execute();
    await db
      .deleteFrom("interviews")
      .where("accountId", "=", accountId)
      .where("id", "in", interviews)
      .execute();
  }
  if (contacts.length)
    await db
      .deleteFrom("contacts")
      .where("accountId", "=", accountId)
      .where("id", "in", contacts)
      .execute();
  if (applications.length)
    await db
      .deleteFrom("applications")
      .where("accountId", "=", accountId)
      .where("id", "in", applications)
      .execute();
  await deleteCompanyWatch(db, accountId, companyId);
  await db
    .deleteFrom("companies")
    .where("accountId", "=", accountId)
    .where("id", "=", companyId)
    .execute();
  return ids;
}

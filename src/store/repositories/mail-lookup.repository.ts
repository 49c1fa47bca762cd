import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

export interface CorrespondenceByMessageId {
  correspondenceId: string;
  messageId: string;
  direction: string;
  interviewId: string | null;
  companyId: string | null;
}

/**
 * Correspondence whose Message-ID is one of `ids` (each looked up with and without angle
 * brackets, as senders and our own outbox may write either), with the company it is about.
 */
export async function findCorrespondenceByMessageIds(
  db: Kysely<Database>,
  accountId: string,
  ids: string[],
): Promise<CorrespondenceByMessageId[]> {
  const bare = ids.map((id) => id.trim().replace(/^<|>$/g, ""));
  const forms = [...new Set(bare.flatMap((id) => [id, `<${id}>`]))];
  const found: CorrespondenceByMessageId[] = [];
  // In chunks: SQLite caps the number of bound parameters.
  for (let i = 0; i < forms.length; i += 500) {
    const rows = await db
      .selectFrom("correspondence")
      .leftJoin("applications", "applications.id", "correspondence.applicationId")
      .select([
        "correspondence.id as correspondenceId",
        "correspondence.messageId as messageId",
        "correspondence.direction as direction",
        "correspondence.interviewId as interviewId",
        "applications.companyId as companyId",
      ])
      .where("correspondence.accountId", "=", accountId)
      .where("correspondence.messageId", "in", forms.slice(i, i + 500))
      .execute();
    for (const row of rows) found.push({ ...row, messageId: row.messageId ?? "" });
  }
  return found;
}

/** An interview as mail filing sees it: which, and when it started. */
export interface InterviewStart {
  id: string;
  startsAt: string;
}

/** The interviews the contact sat on, oldest first. */
export async function interviewStartsOfContact(
  db: Kysely<Database>,
  accountId: string,
  contactId: string,
): Promise<InterviewStart[]> {
  return db
    .selectFrom("participations")
    .innerJoin("interviews", "interviews.id", "participations.interviewId")
    .select(["interviews.id as id", "interviews.startsAt as startsAt"])
    .where("participations.accountId", "=", accountId)
    .where("participations.contactId", "=", contactId)
    .orderBy("interviews.startsAt")
    .orderBy("interviews.id")
    .execute();
}

/** The interviews at the company, oldest first. */
export async function interviewStartsOfCompany(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<InterviewStart[]> {
  return db
    .selectFrom("interviews")
    .innerJoin("applications", "applications.id", "interviews.applicationId")
    .select(["interviews.id as id", "interviews.startsAt as startsAt"])
    .where("interviews.accountId", "=", accountId)
    .where("applications.companyId", "=", companyId)
    .orderBy("interviews.startsAt")
    .orderBy("interviews.id")
    .execute();
}

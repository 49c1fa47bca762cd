import type { Kysely } from "kysely";
import type { Interview, InterviewFormat } from "../../core/domain/types.js";
import type { Database, InterviewsTable } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

export interface InterviewSummary {
  interview: Interview;
  companyId: string;
  companyName: string;
  role: string;
}

export async function insertInterview(
  db: Kysely<Database>,
  accountId: string,
  interview: Interview,
): Promise<void> {
  await insertInterviews(db, accountId, [interview]);
}

export async function insertInterviews(
  db: Kysely<Database>,
  accountId: string,
  interviews: Interview[],
): Promise<void> {
  await insertInChunks(
    db,
    "interviews",
    interviews.map((i) => fromInterview(accountId, i)),
  );
}

export async function updateInterview(
  db: Kysely<Database>,
  accountId: string,
  interview: Interview,
): Promise<void> {
  await db
    .updateTable("interviews")
    .set(fromInterview(accountId, interview))
    .where("accountId", "=", accountId)
    .where("id", "=", interview.id)
    .execute();
}

export async function getInterview(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<Interview | null> {
  const row = await db
    .selectFrom("interviews")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toInterview(row) : null;
}

export async function listInterviewSummaries(
  db: Kysely<Database>,
  accountId: string,
): Promise<InterviewSummary[]> {
  const rows = await db
    .selectFrom("interviews")
    .innerJoin("applications", "applications.id", "interviews.applicationId")
    .innerJoin("companies", "companies.id", "applications.companyId")
    .selectAll("interviews")
    .select([
      "companies.id as companyId",
      "companies.name as companyName",
      "applications.role as role",
    ])
    .where("interviews.accountId", "=", accountId)
    .orderBy("interviews.startsAt", "desc")
    .orderBy("interviews.id")
    .execute();
  return rows.map((row) => ({
    interview: toInterview(row),
    companyId: row.companyId,
    companyName: row.companyName,
    role: row.role,
  }));
}

export async function listInterviewsOfCompany(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<Interview[]> {
  const rows = await db
    .selectFrom("interviews")
    .innerJoin("applications", "applications.id", "interviews.applicationId")
    .selectAll("interviews")
    .where("interviews.accountId", "=", accountId)
    .where("applications.companyId", "=", companyId)
    .orderBy("interviews.startsAt")
    .orderBy("interviews.id")
    .execute();
  return rows.map(toInterview);
}

export async function listAllInterviews(
  db: Kysely<Database>,
  accountId: string,
): Promise<Interview[]> {
  const rows = await db
    .selectFrom("interviews")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("id")
    .execute();
  return rows.map(toInterview);
}

export function toInterview(row: InterviewsTable): Interview {
  return {
    id: row.id,
    applicationId: row.applicationId,
    round: row.round,
    startsAt: row.startsAt,
    timeZone: row.timeZone,
    format: row.format as InterviewFormat,
    location: row.location,
    timelineText: row.timelineText,
    timelineDate: row.timelineDate,
    nextStep: row.nextStep,
    feeling: row.feeling,
    country: row.country,
    region: row.region,
    sendCard: row.sendCard === null ? null : row.sendCard === 1,
    summaryLetter: row.summaryLetter === null ? null : row.summaryLetter === 1,
    createdAt: row.createdAt,
  };
}

function fromInterview(accountId: string, i: Interview): InterviewsTable {
  return {
    ...i,
    accountId,
    sendCard: i.sendCard === null ? null : i.sendCard ? 1 : 0,
    summaryLetter: i.summaryLetter === null ? null : i.summaryLetter ? 1 : 0,
  };
}

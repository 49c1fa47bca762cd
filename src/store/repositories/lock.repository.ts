import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { Database } from "../schema.js";

/**
 * Holds the company's plan for the rest of the transaction, so two changes at one company re-plan
 * one after the other and each sees the other's result (R15 spaces follow-ups across the whole
 * company). PostgreSQL: a transaction-scoped advisory lock on the account and company. SQLite
 * needs none: every write transaction begins IMMEDIATE, so writers are serialised already.
 */
export async function lockCompanyPlan(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  const key = `company-plan:${accountId}:${companyId}`;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db);
}

/** lockCompanyPlan for the company of an interview (nothing to lock for an unknown interview). */
export async function lockCompanyPlanOfInterview(
  db: Kysely<Database>,
  accountId: string,
  interviewId: string,
): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  const row = await db
    .selectFrom("interviews")
    .innerJoin("applications", "applications.id", "interviews.applicationId")
    .select("applications.companyId")
    .where("interviews.accountId", "=", accountId)
    .where("interviews.id", "=", interviewId)
    .executeTakeFirst();
  if (row) await lockCompanyPlan(db, accountId, row.companyId);
}

import type { Kysely } from "kysely";
import type { Application, ApplicationStatus, Company, Register } from "../../core/domain/types.js";
import type { ApplicationsTable, CompaniesTable, Database } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

export async function findCompanyByName(
  db: Kysely<Database>,
  accountId: string,
  name: string,
): Promise<Company | null> {
  const row = await db
    .selectFrom("companies")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("name", "=", name)
    .executeTakeFirst();
  return row ? toCompany(row) : null;
}

export async function getCompany(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<Company | null> {
  const row = await db
    .selectFrom("companies")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toCompany(row) : null;
}

export async function listCompanies(db: Kysely<Database>, accountId: string): Promise<Company[]> {
  const rows = await db
    .selectFrom("companies")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("id")
    .execute();
  return rows.map(toCompany);
}

/**
 * The company of that name, created when it is new. One statement decides (an insert that does
 * nothing when the name is taken), so two captures at a new company at once get the same row.
 */
export async function ensureCompany(
  db: Kysely<Database>,
  accountId: string,
  company: Company,
  createdAt: string,
): Promise<Company> {
  await db
    .insertInto("companies")
    .values({ ...company, accountId, createdAt })
    .onConflict((oc) => oc.columns(["accountId", "name"]).doNothing())
    .execute();
  const stored = await findCompanyByName(db, accountId, company.name);
  if (!stored) throw new Error(`Company "${company.name}" is missing right after its insert.`);
  return stored;
}

export async function insertCompanies(
  db: Kysely<Database>,
  accountId: string,
  companies: Company[],
  createdAt: string,
): Promise<void> {
  await insertInChunks(
    db,
    "companies",
    companies.map((c) => ({ ...c, accountId, createdAt })),
  );
}

export async function saveCompany(
  db: Kysely<Database>,
  accountId: string,
  company: Company,
): Promise<void> {
  await db
    .updateTable("companies")
    .set({
      website: company.website,
      country: company.country,
      region: company.region,
      register: company.register,
    })
    .where("accountId", "=", accountId)
    .where("id", "=", company.id)
    .execute();
}

export async function findApplication(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
  role: string,
): Promise<Application | null> {
  const row = await db
    .selectFrom("applications")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("companyId", "=", companyId)
    .where("role", "=", role)
    .executeTakeFirst();
  return row ? toApplication(row) : null;
}

export async function getApplication(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<Application | null> {
  const row = await db
    .selectFrom("applications")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toApplication(row) : null;
}

export async function listApplications(
  db: Kysely<Database>,
  accountId: string,
): Promise<Application[]> {
  const rows = await db
    .selectFrom("applications")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("id")
    .execute();
  return rows.map(toApplication);
}

export async function insertApplication(
  db: Kysely<Database>,
  accountId: string,
  application: Application,
): Promise<void> {
  await insertApplications(db, accountId, [application]);
}

export async function insertApplications(
  db: Kysely<Database>,
  accountId: string,
  applications: Application[],
): Promise<void> {
  await insertInChunks(
    db,
    "applications",
    applications.map((a) => ({ ...a, accountId })),
  );
}

export async function updateApplicationStatus(
  db: Kysely<Database>,
  accountId: string,
  id: string,
  status: ApplicationStatus,
): Promise<void> {
  await db
    .updateTable("applications")
    .set({ status })
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .execute();
}

function toCompany(row: CompaniesTable): Company {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    country: row.country,
    region: row.region,
    register: row.register as Register | null,
  };
}

function toApplication(row: ApplicationsTable): Application {
  return {
    id: row.id,
    companyId: row.companyId,
    role: row.role,
    postingUrl: row.postingUrl,
    status: row.status as ApplicationStatus,
    createdAt: row.createdAt,
  };
}

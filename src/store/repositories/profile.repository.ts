import type { Kysely } from "kysely";
import type { Profile } from "../../core/domain/types.js";
import type { Database, ProfilesTable } from "../schema.js";

export const DEFAULT_PROFILE: Profile = {
  name: null,
  email: null,
  phone: null,
  postalAddress: null,
  signature: null,
  timeZone: "UTC",
  country: "US",
  region: null,
  strengths: [],
  sendCard: false,
  linkedIn: true,
  summaryLetter: false,
  maxUnanswered: 3,
  assumedTimelineDays: 10,
  updatedAt: null,
};

export async function findProfile(
  db: Kysely<Database>,
  accountId: string,
): Promise<Profile | null> {
  const row = await db
    .selectFrom("profiles")
    .selectAll()
    .where("accountId", "=", accountId)
    .executeTakeFirst();
  return row ? toProfile(row) : null;
}

export async function saveProfile(
  db: Kysely<Database>,
  accountId: string,
  profile: Profile,
): Promise<void> {
  const row = fromProfile(accountId, profile);
  await db
    .insertInto("profiles")
    .values(row)
    .onConflict((oc) => oc.column("accountId").doUpdateSet(row))
    .execute();
}

function toProfile(row: ProfilesTable): Profile {
  return {
    name: row.name,
    email: row.email,
    phone: row.phone,
    postalAddress: row.postalAddress,
    signature: row.signature,
    timeZone: row.timeZone,
    country: row.country,
    region: row.region,
    strengths: JSON.parse(row.strengths) as string[],
    sendCard: row.sendCard === 1,
    linkedIn: row.linkedIn === 1,
    summaryLetter: row.summaryLetter === 1,
    maxUnanswered: row.maxUnanswered,
    assumedTimelineDays: row.assumedTimelineDays,
    updatedAt: row.updatedAt,
  };
}

function fromProfile(accountId: string, p: Profile): ProfilesTable {
  return {
    accountId,
    name: p.name,
    email: p.email,
    phone: p.phone,
    postalAddress: p.postalAddress,
    signature: p.signature,
    timeZone: p.timeZone,
    country: p.country,
    region: p.region,
    strengths: JSON.stringify(p.strengths),
    sendCard: p.sendCard ? 1 : 0,
    linkedIn: p.linkedIn ? 1 : 0,
    summaryLetter: p.summaryLetter ? 1 : 0,
    maxUnanswered: p.maxUnanswered,
    assumedTimelineDays: p.assumedTimelineDays,
    updatedAt: p.updatedAt,
  };
}

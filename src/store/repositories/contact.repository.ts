import type { Kysely } from "kysely";
import type {
  Channel,
  Contact,
  ContactRole,
  Participation,
  Register,
} from "../../core/domain/types.js";
import type { ContactsTable, Database, ParticipationsTable } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

export type Participant = Contact & Pick<Participation, "followUpOn" | "followUpVia">;

export async function insertContact(
  db: Kysely<Database>,
  accountId: string,
  contact: Contact,
): Promise<void> {
  await insertContacts(db, accountId, [contact]);
}

export async function insertContacts(
  db: Kysely<Database>,
  accountId: string,
  contacts: Contact[],
): Promise<void> {
  await insertInChunks(
    db,
    "contacts",
    contacts.map((c) => fromContact(accountId, c)),
  );
}

export async function getContact(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<Contact | null> {
  const row = await db
    .selectFrom("contacts")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toContact(row) : null;
}

export async function listContacts(db: Kysely<Database>, accountId: string): Promise<Contact[]> {
  const rows = await db
    .selectFrom("contacts")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map(toContact);
}

export async function listContactsOfCompany(
  db: Kysely<Database>,
  accountId: string,
  companyId: string,
): Promise<Contact[]> {
  const rows = await db
    .selectFrom("contacts")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("companyId", "=", companyId)
    .orderBy("id")
    .execute();
  return rows.map(toContact);
}

export async function insertParticipation(
  db: Kysely<Database>,
  accountId: string,
  p: Participation,
): Promise<void> {
  await insertParticipations(db, accountId, [p]);
}

export async function insertParticipations(
  db: Kysely<Database>,
  accountId: string,
  list: Participation[],
): Promise<void> {
  await insertInChunks(
    db,
    "participations",
    list.map((p) => ({ ...p, accountId })),
  );
}

export async function listParticipations(
  db: Kysely<Database>,
  accountId: string,
): Promise<Participation[]> {
  const rows = await db
    .selectFrom("participations")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("interviewId")
    .orderBy("contactId")
    .execute();
  return rows.map(toParticipation);
}

export async function listParticipationsOfContact(
  db: Kysely<Database>,
  accountId: string,
  contactId: string,
): Promise<Participation[]> {
  const rows = await db
    .selectFrom("participations")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("contactId", "=", contactId)
    .orderBy("interviewId")
    .execute();
  return rows.map(toParticipation);
}

/** The people on one interview, in the order they were added, with their commitments (R4, R12). */
export async function listParticipants(
  db: Kysely<Database>,
  accountId: string,
  interviewId: string,
): Promise<Participant[]> {
  const rows = await db
    .selectFrom("participations")
    .innerJoin("contacts", "contacts.id", "participations.contactId")
    .selectAll("contacts")
    .select(["participations.followUpOn", "participations.followUpVia"])
    .where("participations.accountId", "=", accountId)
    .where("participations.interviewId", "=", interviewId)
    .orderBy("participations.seat")
    .execute();
  return rows.map((row) => ({
    ...toContact(row),
    followUpOn: row.followUpOn,
    followUpVia: row.followUpVia as Channel | null,
  }));
}

export async function updateContact(
  db: Kysely<Database>,
  accountId: string,
  contact: Contact,
): Promise<void> {
  const {
    id: _id,
    accountId: _account,
    companyId: _company,
    createdAt: _created,
    ...fields
  } = fromContact(accountId, contact);
  await db
    .updateTable("contacts")
    .set(fields)
    .where("accountId", "=", accountId)
    .where("id", "=", contact.id)
    .execute();
}

export function toContact(row: ContactsTable): Contact {
  return {
    id: row.id,
    companyId: row.companyId,
    name: row.name,
    title: row.title,
    organization: row.organization,
    email: row.email,
    phone: row.phone,
    linkedinUrl: row.linkedinUrl,
    postalAddress: row.postalAddress,
    preferredChannel: row.preferredChannel as Channel | null,
    role: row.role as ContactRole,
    agreedToConnect: row.agreedToConnect === 1,
    timeZone: row.timeZone,
    honorific: row.honorific,
    register: row.register as Register | null,
    createdAt: row.createdAt,
  };
}

function fromContact(accountId: string, c: Contact): ContactsTable {
  return { ...c, accountId, agreedToConnect: c.agreedToConnect ? 1 : 0 };
}

function toParticipation(row: ParticipationsTable): Participation {
  return {
    interviewId: row.interviewId,
    contactId: row.contactId,
    seat: row.seat,
    followUpOn: row.followUpOn,
    followUpVia: row.followUpVia as Channel | null,
  };
}

export async function getParticipation(
  db: Kysely<Database>,
  accountId: string,
  interviewId: string,
  contactId: string,
): Promise<Participation | null> {
  const row = await db
    .selectFrom("participations")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("interviewId", "=", interviewId)
    .where("contactId", "=", contactId)
    .executeTakeFirst();
  return row ? toParticipation(row) : null;
}

/** Changes the follow-up commitment of one seat (R4, R12); the seat itself stays. */
export async function updateParticipation(
  db: Kysely<Database>,
  accountId: string,
  p: Participation,
): Promise<void> {
  await db
    .updateTable("participations")
    .set({ followUpOn: p.followUpOn, followUpVia: p.followUpVia })
    .where("accountId", "=", accountId)
    .where("interviewId", "=", p.interviewId)
    .where("contactId", "=", p.contactId)
    .execute();
}

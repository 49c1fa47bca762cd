import { DateTime } from "luxon";
import { z } from "zod";
import type { Contact, Participation } from "../../core/domain/types.js";
import { assertTimeZone } from "../../core/time/assert-time-zone.js";
import { parseLocalDate } from "../../core/time/parse-local-date.js";
import { AppError, invalidInput } from "../../errors/app-error.js";
import { newId } from "../../shared/new-id.js";
import { getApplication } from "../../store/repositories/company.repository.js";
import {
  insertContacts,
  insertParticipations,
  listContactsOfCompany,
  listParticipants,
  type Participant,
} from "../../store/repositories/contact.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { replanCompany } from "../planning/replan-company.js";
import {
  channel,
  contactRole,
  email,
  honorific,
  optionalText,
  register,
  text,
  url,
} from "../schemas.js";

export const contactFields = z.object({
  name: text(200),
  title: optionalText(200),
  email,
  phone: optionalText(50),
  linkedinUrl: url,
  postalAddress: optionalText(500),
  preferredChannel: channel.nullish().transform((c) => c ?? null),
  role: contactRole.default("interviewer"),
  agreedToConnect: z.boolean().default(false),
  timeZone: optionalText(64),
  honorific,
  register,
});

export const addContactInput = contactFields.extend({
  interviewId: text(40),
  followUpOn: optionalText(20),
  followUpVia: channel.nullish().transform((c) => c ?? null),
});
export type AddContactInput = z.input<typeof addContactInput>;

/**
 * Puts a person on an interview exactly as on their business card (R1), with what they agreed to:
 * connecting on LinkedIn (R5) and a follow-up date and channel (R4). A person already known at the
 * company (same name) is seated again rather than duplicated.
 */
export async function addContact(ctx: UseCaseContext, raw: AddContactInput): Promise<Participant> {
  const input = parseInput(addContactInput, raw);
  const [added] = await addContactsToInterview(ctx, input.interviewId, [input]);
  if (!added) throw new AppError("INVALID_INPUT", "No contact was given.", { field: "name" });
  return added;
}

export type ContactToSeat = z.output<typeof contactFields> & {
  followUpOn?: string | null;
  followUpVia?: Participation["followUpVia"];
};

/** Seats several people on one interview in one transaction, then re-plans once. */
export async function addContactsToInterview(
  ctx: UseCaseContext,
  interviewId: string,
  people: ContactToSeat[],
): Promise<Participant[]> {
  const interview = await requireInterview(ctx, interviewId);
  const interviewDate = DateTime.fromISO(interview.startsAt, {
    zone: interview.timeZone,
  }).toISODate() as string;
  for (const person of people) validateCommitment(person, interviewDate);
  const now = ctx.now();

  return inTransaction(ctx, async (tx) => {
    const application = await getApplication(tx.db, tx.accountId, interview.applicationId);
    if (!application)
      throw new AppError("NOT_FOUND", `Interview ${interviewId} has no application.`);
    await lockCompanyPlan(tx.db, tx.accountId, application.companyId);
    const known = await listContactsOfCompany(tx.db, tx.accountId, application.companyId);
    const seated = new Set(
      (await listParticipants(tx.db, tx.accountId, interviewId)).map((p) => p.id),
    );
    // Looked up by name, not scanned: an imported file may hold thousands of cards.
    const byName = new Map<string, Contact>();
    for (const c of known) if (!byName.has(c.name)) byName.set(c.name, c);
    const added: Contact[] = [];
    const participations: Participation[] = [];
    const ids: string[] = [];
    for (const person of people) {
      let contact = byName.get(person.name);
      if (!contact) {
        contact = {
          id: newId("ct"),
          companyId: application.companyId,
          name: person.name,
          title: person.title,
          email: person.email,
          phone: person.phone,
          linkedinUrl: person.linkedinUrl,
          postalAddress: person.postalAddress,
          preferredChannel: person.preferredChannel,
          role: person.role,
          agreedToConnect: person.agreedToConnect,
          timeZone: person.timeZone,
          honorific: person.honorific,
          register: person.register,
          createdAt: now,
        } satisfies Contact;
        added.push(contact);
        byName.set(contact.name, contact);
      }
      if (seated.has(contact.id)) {
        throw new AppError("CONFLICT", `${person.name} is already on interview ${interviewId}.`, {
          field: "name",
        });
      }
      seated.add(contact.id);
      participations.push({
        interviewId,
        contactId: contact.id,
        seat: seated.size - 1,
        followUpOn: person.followUpOn ?? null,
        followUpVia: person.followUpOn
          ? (person.followUpVia ?? contact.preferredChannel ?? "email")
          : null,
      });
      ids.push(contact.id);
    }
    await insertContacts(tx.db, tx.accountId, added);
    await insertParticipations(tx.db, tx.accountId, participations);
    await replanCompany(tx, application.companyId);
    const participants = new Map(
      (await listParticipants(tx.db, tx.accountId, interviewId)).map((p) => [p.id, p]),
    );
    return ids.map((id) => participants.get(id) as Participant);
  });
}

function validateCommitment(person: ContactToSeat, interviewDate: string): void {
  if (person.timeZone) assertTimeZone(person.timeZone, "timeZone");
  if (person.followUpVia && !person.followUpOn) {
    throw invalidInput(
      "followUpOn",
      "A follow-up channel was given without its date.",
      "add --follow-up-on YYYY-MM-DD",
    );
  }
  if (!person.followUpOn) return;
  const on = parseLocalDate(person.followUpOn, "followUpOn");
  if (on < interviewDate) {
    throw invalidInput(
      "followUpOn",
      `The follow-up date ${on} is before the interview (${interviewDate}).`,
      `a date on or after ${interviewDate}`,
    );
  }
}

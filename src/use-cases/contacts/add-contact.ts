import { DateTime } from "luxon";
import { z } from "zod";
import {
  describeMerge,
  type FilledField,
  type MergeConflict,
  mergeCard,
  normalizeEmail,
  normalizeName,
  sameCardPerson,
} from "../../core/contacts/merge-card.js";
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
  updateContact,
} from "../../store/repositories/contact.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import { oncePerClientId } from "../client-writes/once-per-client-id.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { replanCompany } from "../planning/replan-company.js";
import type { FieldsOf } from "../record-schemas.js";
import {
  channel,
  clientId,
  contactRole,
  email,
  honorific,
  optionalText,
  register,
  text,
  url,
} from "../schemas.js";

/** A person's card as the user gives it: every field of Contact but what the store assigns. */
export const contactFields = z.object({
  name: text(200),
  title: optionalText(200),
  organization: optionalText(200),
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
} satisfies FieldsOf<Contact, "id" | "companyId" | "createdAt">);

export const addContactInput = contactFields.extend({
  interviewId: text(40),
  followUpOn: optionalText(20),
  followUpVia: channel.nullish().transform((c) => c ?? null),
  clientId,
});
export type AddContactInput = z.input<typeof addContactInput>;

/**
 * Puts a person on an interview exactly as on their business card (R1), with what they agreed to:
 * connecting on LinkedIn (R5) and a follow-up date and channel (R4). A person already known at the
 * company (the same email, or the same name where an email is missing) is seated again, with what
 * was missing filled in, rather than duplicated. Sent again with the same client id (the phone
 * syncing), it answers with the person it seated.
 */
export async function addContact(ctx: UseCaseContext, raw: AddContactInput): Promise<Participant> {
  const input = parseInput(addContactInput, raw);
  const { clientId: _, ...fields } = input;
  return oncePerClientId(
    ctx,
    { clientId: input.clientId, kind: "contact", input: fields },
    {
      write: async (tx) => {
        const { people } = await addContactsToInterview(tx, input.interviewId, [fields], "by-hand");
        const [added] = people;
        if (!added) throw new AppError("INVALID_INPUT", "No contact was given.", { field: "name" });
        return added;
      },
      recordIdOf: (added) => added.id,
      stored: async (ctx, id) =>
        (await listParticipants(ctx.db, ctx.accountId, input.interviewId)).find(
          (p) => p.id === id,
        ) ?? null,
    },
  );
}

export type ContactToSeat = z.output<typeof contactFields> & {
  followUpOn?: string | null;
  followUpVia?: Participation["followUpVia"];
};

/** What became of one card (or one person typed in): new, or merged into someone known. */
export interface SeatReport {
  contactId: string;
  name: string;
  outcome: "added" | "merged";
  /** Seated on the interview now; false when they were on it already. */
  seated: boolean;
  filled: FilledField[];
  conflicts: MergeConflict[];
  /** "Dana Whitfield: added phone +1 312 555 0100, LinkedIn URL". */
  summary: string;
}

export interface SeatedPeople {
  /** Everyone given, once each, in the order first given, as seated now. */
  people: Participant[];
  report: SeatReport[];
}

/**
 * Seats several people on one interview in one transaction, then re-plans once. Each is matched
 * against the company's people (sameCardPerson) and merged (mergeCard): a later round's card seats
 * the same person again. Someone already on this interview is merged in place from a card (so an
 * import can run twice); typed in by hand, they are refused as a duplicate.
 */
export async function addContactsToInterview(
  ctx: UseCaseContext,
  interviewId: string,
  people: ContactToSeat[],
  from: "card" | "by-hand" = "card",
): Promise<SeatedPeople> {
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
    const known = new CompanyPeople(
      await listContactsOfCompany(tx.db, tx.accountId, application.companyId),
    );
    const seated = new Set(
      (await listParticipants(tx.db, tx.accountId, interviewId)).map((p) => p.id),
    );
    const added = new Map<string, Contact>();
    const changed = new Set<string>();
    const participations: Participation[] = [];
    const ids: string[] = [];
    const report: SeatReport[] = [];
    for (const person of people) {
      const match = known.find(person);
      let contact: Contact;
      let line: Omit<SeatReport, "contactId" | "name" | "seated">;
      if (match) {
        const merge = mergeCard(match, person);
        contact = {
          ...merge.merged,
          agreedToConnect: merge.merged.agreedToConnect || person.agreedToConnect,
          preferredChannel: merge.merged.preferredChannel ?? person.preferredChannel,
        };
        if (JSON.stringify(contact) !== JSON.stringify(match)) {
          known.replace(match, contact);
          if (added.has(contact.id)) added.set(contact.id, contact);
          else changed.add(contact.id);
        }
        line = {
          outcome: "merged",
          filled: merge.filled,
          conflicts: merge.conflicts,
          summary: describeMerge(match.name, merge),
        };
      } else {
        contact = {
          id: newId("ct"),
          companyId: application.companyId,
          name: person.name,
          title: person.title,
          organization: person.organization,
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
        added.set(contact.id, contact);
        known.add(contact);
        line = { outcome: "added", filled: [], conflicts: [], summary: `${person.name}: added` };
      }
      const onInterview = seated.has(contact.id);
      if (onInterview && from === "by-hand") {
        throw new AppError("CONFLICT", `${contact.name} is already on this interview.`, {
          field: "name",
          accepted: "a person not yet on this interview, or change them with contact edit",
        });
      }
      if (!onInterview) {
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
      }
      if (!ids.includes(contact.id)) ids.push(contact.id);
      report.push({ contactId: contact.id, name: contact.name, seated: !onInterview, ...line });
    }
    await insertContacts(tx.db, tx.accountId, [...added.values()]);
    for (const id of changed) {
      const contact = known.byId(id);
      if (contact) await updateContact(tx.db, tx.accountId, contact);
    }
    await insertParticipations(tx.db, tx.accountId, participations);
    await replanCompany(tx, application.companyId);
    const participants = new Map(
      (await listParticipants(tx.db, tx.accountId, interviewId)).map((p) => [p.id, p]),
    );
    return { people: ids.map((id) => participants.get(id) as Participant), report };
  });
}

/**
 * The company's people, looked up by email and by name rather than scanned: an imported file may
 * hold thousands of cards.
 */
class CompanyPeople {
  private readonly ids = new Map<string, Contact>();
  private readonly emails = new Map<string, string>();
  private readonly names = new Map<string, string[]>();

  constructor(contacts: Contact[]) {
    for (const c of contacts) this.add(c);
  }

  add(contact: Contact): void {
    this.ids.set(contact.id, contact);
    if (contact.email) {
      const key = normalizeEmail(contact.email);
      if (!this.emails.has(key)) this.emails.set(key, contact.id);
    }
    const name = normalizeName(contact.name);
    const list = this.names.get(name) ?? [];
    if (!list.includes(contact.id)) list.push(contact.id);
    this.names.set(name, list);
  }

  replace(before: Contact, after: Contact): void {
    if (before.email !== after.email || before.name !== after.name) this.add(after);
    this.ids.set(after.id, after);
  }

  byId(id: string): Contact | undefined {
    return this.ids.get(id);
  }

  find(card: ContactToSeat): Contact | undefined {
    if (card.email) {
      const id = this.emails.get(normalizeEmail(card.email));
      if (id) return this.ids.get(id);
    }
    return (this.names.get(normalizeName(card.name)) ?? [])
      .map((id) => this.ids.get(id) as Contact)
      .find((c) => sameCardPerson(c, card));
  }
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

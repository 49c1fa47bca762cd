import type { z } from "zod";
import type { Contact } from "../../core/domain/types.js";
import { assertTimeZone } from "../../core/time/assert-time-zone.js";
import { notFound } from "../../errors/app-error.js";
import { getContact, updateContact } from "../../store/repositories/contact.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { replanCompany } from "../planning/replan-company.js";
import { contactRole, text } from "../schemas.js";
import { contactFields } from "./add-contact.js";

/**
 * Every field a card has, as addContact takes them, each optional: what is given changes, the
 * rest stays (without the defaults of role and agreedToConnect, which would reset them).
 */
export const editContactChanges = contactFields.partial().extend({
  role: contactRole.optional(),
  agreedToConnect: contactFields.shape.agreedToConnect.removeDefault().optional(),
});
export const editContactInput = editContactChanges.extend({ id: text(40) });
export type EditContactInput = z.input<typeof editContactInput>;

/**
 * Corrects a person — name as on the card (R1), title, organization, email, phone, postal address, LinkedIn,
 * agreed to connect (R5) — and re-plans their company at once: an email or address now known,
 * or a LinkedIn request now agreed, changes what can be sent (R8, R9).
 */
export async function editContact(ctx: UseCaseContext, raw: EditContactInput): Promise<Contact> {
  const input = parseInput(editContactInput, raw);
  return inTransaction(ctx, async (tx) => {
    const seen = await getContact(tx.db, tx.accountId, input.id);
    if (!seen) throw notFound("person", "id");
    await lockCompanyPlan(tx.db, tx.accountId, seen.companyId);
    const before = (await getContact(tx.db, tx.accountId, input.id)) ?? seen;
    const pick = <K extends keyof Contact>(key: K): Contact[K] =>
      (input[key as keyof typeof input] === undefined
        ? before[key]
        : input[key as keyof typeof input]) as Contact[K];
    const timeZone = pick("timeZone");
    const next: Contact = {
      ...before,
      name: pick("name"),
      title: pick("title"),
      organization: pick("organization"),
      email: pick("email"),
      phone: pick("phone"),
      linkedinUrl: pick("linkedinUrl"),
      postalAddress: pick("postalAddress"),
      preferredChannel: pick("preferredChannel"),
      role: pick("role"),
      agreedToConnect: pick("agreedToConnect"),
      timeZone: timeZone ? assertTimeZone(timeZone, "timeZone") : null,
      honorific: pick("honorific"),
      register: pick("register"),
    };
    await updateContact(tx.db, tx.accountId, next);
    await replanCompany(tx, next.companyId);
    return next;
  });
}

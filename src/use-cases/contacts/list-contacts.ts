import type { Contact, Participation } from "../../core/domain/types.js";
import { notFound } from "../../errors/app-error.js";
import {
  getContact,
  listContacts as listAll,
  listParticipationsOfContact,
} from "../../store/repositories/contact.repository.js";
import type { UseCaseContext } from "../context.js";

export async function listContacts(ctx: UseCaseContext): Promise<Contact[]> {
  return listAll(ctx.db, ctx.accountId);
}

export interface ContactDetail {
  contact: Contact;
  /** The interviews this person sat on, with what was agreed there. */
  participations: Participation[];
}

export async function showContact(ctx: UseCaseContext, id: string): Promise<ContactDetail> {
  const contact = await getContact(ctx.db, ctx.accountId, id);
  if (!contact) throw notFound("contact", "contact");
  return { contact, participations: await listParticipationsOfContact(ctx.db, ctx.accountId, id) };
}

import { getContact } from "../../store/repositories/contact.repository.js";
import type { UseCaseContext } from "../context.js";

/** The name of the person an event or a note came from, for the words a page shows; null for none. */
export async function personName(
  ctx: UseCaseContext,
  contactId: string | null,
): Promise<string | null> {
  if (contactId === null) return null;
  return (await getContact(ctx.db, ctx.accountId, contactId))?.name ?? null;
}

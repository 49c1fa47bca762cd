import type { MailKnowledge, SentMail } from "../../core/mail/match-mail.js";
import { normalizeMessageId } from "../../core/mail/message-id.js";
import { listContacts } from "../../store/repositories/contact.repository.js";
import { findCorrespondenceByMessageIds } from "../../store/repositories/mail-lookup.repository.js";
import type { UseCaseContext } from "../context.js";
import { getProfile } from "../profile/get-profile.js";

export interface LoadedMailKnowledge {
  knowledge: MailKnowledge & { sent: Map<string, SentMail>; own: Set<string> };
  /** Normalized Message-IDs already in the correspondence log: those are not logged twice. */
  logged: Set<string>;
}

/**
 * What deciding about a batch of mail needs from the store: the contacts, the user's own
 * addresses, and which of the Message-IDs the batch mentions (its own, In-Reply-To, References)
 * are already logged, sent ones with the company they went to.
 */
export async function loadMailKnowledge(
  ctx: UseCaseContext,
  messageIds: string[],
  ownAddresses: string[] = [],
): Promise<LoadedMailKnowledge> {
  const [profile, contacts, found] = await Promise.all([
    getProfile(ctx),
    listContacts(ctx.db, ctx.accountId),
    findCorrespondenceByMessageIds(ctx.db, ctx.accountId, messageIds),
  ]);
  const own = new Set(
    [profile.email, ...ownAddresses]
      .filter((a): a is string => typeof a === "string" && a.includes("@"))
      .map((a) => a.trim().toLowerCase()),
  );
  const sent = new Map<string, SentMail>();
  const logged = new Set<string>();
  for (const row of found) {
    const id = normalizeMessageId(row.messageId);
    logged.add(id);
    if (row.direction === "out")
      sent.set(id, {
        correspondenceId: row.correspondenceId,
        interviewId: row.interviewId,
        companyId: row.companyId,
      });
  }
  return {
    knowledge: {
      contacts: contacts.map((c) => ({ id: c.id, companyId: c.companyId, email: c.email })),
      sent,
      own,
    },
    logged,
  };
}

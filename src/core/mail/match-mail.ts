import type { Direction } from "../domain/types.js";
import { normalizeMessageId } from "./message-id.js";

/** A contact as matching sees it. */
export interface MailContact {
  id: string;
  companyId: string;
  email: string | null;
}

/** Something the user sent earlier, found by its Message-ID. */
export interface SentMail {
  correspondenceId: string;
  interviewId: string | null;
  companyId: string | null;
}

/** The headers matching reads; addresses in lower case. */
export interface MailHeaders {
  from: string[];
  to: string[];
  cc: string[];
  inReplyTo: string | null;
  references: string[];
}

export interface MailKnowledge {
  contacts: readonly MailContact[];
  /** The user's sent mail by normalized Message-ID (see normalizeMessageId). */
  sent: ReadonlyMap<string, SentMail>;
  /** The user's own addresses, lower case: mail from these is outgoing. */
  own: ReadonlySet<string>;
}

export type MailMatch =
  | {
      matched: true;
      direction: Direction;
      /** The company the message is about; the interview is chosen within it. */
      companyId: string | null;
      /** The known people on the message at that company, sender first. */
      contactIds: string[];
      /** The sent message this answers, when it answers one (R16). */
      repliesTo: SentMail | null;
    }
  | { matched: false; reason: string };

/**
 * Decides whether a message belongs in the correspondence log (R25) and with whom. Kept: mail
 * from a known contact, a reply to something the user sent (In-Reply-To, then References from
 * the newest), and mail from the user to a known contact. Everything else is not the log's
 * business: a mailbox holds far more than job-search mail.
 */
export function matchMail(mail: MailHeaders, known: MailKnowledge): MailMatch {
  const byAddress = new Map<string, MailContact[]>();
  for (const contact of known.contacts) {
    const address = contact.email?.trim().toLowerCase();
    if (!address) continue;
    byAddress.set(address, [...(byAddress.get(address) ?? []), contact]);
  }
  const contactsIn = (addresses: string[]) => addresses.flatMap((a) => byAddress.get(a) ?? []);
  const senders = contactsIn(mail.from);
  const recipients = contactsIn([...mail.to, ...mail.cc]);
  const repliesTo = findRepliedTo(mail, known.sent);
  const fromMe = mail.from.some((a) => known.own.has(a));

  const pick = (direction: Direction, people: MailContact[]): MailMatch => {
    const companyId = repliesTo?.companyId ?? people[0]?.companyId ?? null;
    const contactIds = [
      ...new Set(people.filter((c) => c.companyId === companyId).map((c) => c.id)),
    ];
    return { matched: true, direction, companyId, contactIds, repliesTo };
  };

  if (fromMe) {
    if (recipients.length > 0 || repliesTo) return pick("out", recipients);
    return { matched: false, reason: "sent by you to no known contact" };
  }
  if (senders.length > 0) return pick("in", [...senders, ...recipients]);
  if (repliesTo) return pick("in", recipients);
  return {
    matched: false,
    reason: `${mail.from[0] ?? "the sender"} is not a known contact and it answers nothing you sent`,
  };
}

function findRepliedTo(mail: MailHeaders, sent: ReadonlyMap<string, SentMail>): SentMail | null {
  const ids = [mail.inReplyTo, ...[...mail.references].reverse()];
  for (const id of ids) {
    if (!id) continue;
    const hit = sent.get(normalizeMessageId(id));
    if (hit) return hit;
  }
  return null;
}

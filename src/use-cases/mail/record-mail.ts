import { createHash } from "node:crypto";
import type { Direction } from "../../core/domain/types.js";
import { type InterviewAt, interviewFollowed } from "../../core/mail/interview-followed.js";
import { matchMail } from "../../core/mail/match-mail.js";
import { normalizeMessageId } from "../../core/mail/message-id.js";
import type { ParsedMail } from "../../core/mail/parse-mail.js";
import {
  interviewStartsOfCompany,
  interviewStartsOfContact,
} from "../../store/repositories/mail-lookup.repository.js";
import type { UseCaseContext } from "../context.js";
import { logCorrespondence } from "../correspondence/log-correspondence.js";
import { requireInterview } from "../interviews/show-interview.js";
import { loadMailKnowledge } from "./load-mail-knowledge.js";

export interface MailItem {
  /** How the user finds it again: "message 3", "INBOX uid 1042". */
  label: string;
  mail: ParsedMail;
}

export interface StoredMail {
  label: string;
  correspondenceId: string;
  interviewId: string;
  direction: Direction;
  subject: string | null;
  /** Dated before the interview it is filed under: kept on record, no reply to it (R16). */
  beforeInterview: boolean;
}

export interface SkippedMail {
  label: string;
  from: string;
  subject: string | null;
  reason: string;
}

export interface RecordMailReport {
  stored: StoredMail[];
  /** Already in the log (same Message-ID): a second import or sync adds nothing. */
  duplicates: number;
  unmatched: SkippedMail[];
}

/**
 * Logs the mail that belongs to the job search as correspondence, in full (R25), through
 * logCorrespondence, so an incoming message is also a reply event that moves the plan (R16).
 * Call it inside a transaction: the caller decides what is all-or-nothing.
 */
export async function recordMail(
  tx: UseCaseContext,
  items: MailItem[],
  ownAddresses: string[] = [],
): Promise<RecordMailReport> {
  const ids = items.flatMap(({ mail }) => [
    messageIdOf(mail),
    ...(mail.inReplyTo ? [mail.inReplyTo] : []),
    ...mail.references,
  ]);
  const { knowledge, logged } = await loadMailKnowledge(tx, ids, ownAddresses);
  const report: RecordMailReport = { stored: [], duplicates: 0, unmatched: [] };
  const now = tx.now();
  for (const { label, mail } of items) {
    const messageId = messageIdOf(mail);
    const key = normalizeMessageId(messageId);
    if (logged.has(key)) {
      report.duplicates += 1;
      continue;
    }
    const skip = (reason: string) =>
      report.unmatched.push({ label, from: mail.from[0] ?? "", subject: mail.subject, reason });
    const match = matchMail(mail, knowledge);
    if (!match.matched) {
      skip(match.reason);
      continue;
    }
    // Clocks disagree; a message dated a little ahead still happened.
    const at = mail.date !== null && mail.date < now ? mail.date : now;
    const interview = await interviewFor(tx, match, at);
    if (!interview) {
      skip("no interview with that company to file it under");
      continue;
    }
    const interviewId = interview.id;
    const entry = await logCorrespondence(tx, {
      interviewId,
      direction: match.direction,
      channel: "email",
      at,
      contactIds: match.contactIds,
      subject: mail.subject?.slice(0, 500) ?? null,
      body: mail.text.slice(0, 1_000_000),
      messageId: messageId.slice(0, 500),
      threadId: (mail.references[0] ?? mail.inReplyTo ?? messageId).slice(0, 500),
      inReplyTo: mail.inReplyTo?.slice(0, 500) ?? null,
    });
    logged.add(key);
    // A later message of the same batch may answer this one.
    if (match.direction === "out")
      knowledge.sent.set(key, {
        correspondenceId: entry.id,
        interviewId,
        companyId: match.companyId,
      });
    report.stored.push({
      label,
      correspondenceId: entry.id,
      interviewId,
      direction: match.direction,
      subject: mail.subject,
      beforeInterview: Date.parse(at) < Date.parse(interview.startsAt),
    });
  }
  return report;
}

/**
 * The replied-to message's interview, else the one the sender sat on that the message follows by
 * its date, else the company's (interviewFollowed: a message older than them all goes with the first).
 */
async function interviewFor(
  tx: UseCaseContext,
  match: {
    companyId: string | null;
    contactIds: string[];
    repliesTo: { interviewId: string | null } | null;
  },
  at: string,
): Promise<InterviewAt | null> {
  if (match.repliesTo?.interviewId) return requireInterview(tx, match.repliesTo.interviewId);
  for (const contactId of match.contactIds) {
    const found = interviewFollowed(
      await interviewStartsOfContact(tx.db, tx.accountId, contactId),
      at,
    );
    if (found) return found;
  }
  return match.companyId
    ? interviewFollowed(await interviewStartsOfCompany(tx.db, tx.accountId, match.companyId), at)
    : null;
}

/** The Message-ID, or for mail without one a stable stand-in, so importing twice stays a no-op. */
export function messageIdOf(mail: ParsedMail): string {
  if (mail.messageId) return mail.messageId;
  const digest = createHash("sha256")
    .update(JSON.stringify([mail.from, mail.to, mail.date, mail.subject, mail.text]))
    .digest("hex")
    .slice(0, 32);
  return `<${digest}@no-message-id.followthrough.invalid>`;
}

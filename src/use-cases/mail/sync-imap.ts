import { matchMail } from "../../core/mail/match-mail.js";
import { normalizeMessageId } from "../../core/mail/message-id.js";
import { MalformedMailError, parseMail } from "../../core/mail/parse-mail.js";
import { type ImapSession, openImapSession } from "../../delivery/imap/imap-session.js";
import { AppError } from "../../errors/app-error.js";
import {
  findImapSettings,
  findImapSyncState,
  saveImapSyncState,
} from "../../store/repositories/imap-state.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { openImapPassword } from "./imap-password.js";
import { loadMailKnowledge } from "./load-mail-knowledge.js";
import { type MailItem, recordMail, type StoredMail } from "./record-mail.js";

export interface SyncProgress {
  mailbox: string;
  done: number;
  total: number;
}

export interface SyncImapOptions {
  secretKey: Buffer;
  /** Messages per fetch and per commit; an interrupted sync resumes after the last commit. */
  batchSize?: number;
  onProgress?: (progress: SyncProgress) => void;
}

export interface MailboxSyncReport {
  mailbox: string;
  /** New messages looked at since the last sync. */
  fetched: number;
  stored: StoredMail[];
  duplicates: number;
  /** Messages that are not about the job search (not from or to a contact, not a reply). */
  unrelated: number;
  /** Messages the parser refused; they are skipped, never a reason to stop the sync. */
  malformed: number;
  /** True when UIDVALIDITY changed and the mailbox was read again from the start. */
  restarted: boolean;
}

/**
 * Reads new mail from the user's mailbox (R16): replies to sent messages and mail from known
 * contacts go into the correspondence log in full (R25), and an incoming one moves the plan.
 * Incremental: per mailbox the last UID seen under its UIDVALIDITY. Each batch and the position
 * after it commit together, so an interrupted sync loses nothing and repeats nothing.
 */
export async function syncImap(
  ctx: UseCaseContext,
  options: SyncImapOptions,
): Promise<{ mailboxes: MailboxSyncReport[] }> {
  const settings = await findImapSettings(ctx.db, ctx.accountId);
  if (!settings)
    throw new AppError("INVALID_INPUT", "No mailbox is set up yet.", {
      field: "imap",
      accepted: "run `followthrough imap set --host … --user … --password …` first",
    });
  const password = openImapPassword(settings.passwordEncrypted, options.secretKey, ctx.accountId);
  const session = await openImapSession({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    username: settings.username,
    password,
  });
  const own = settings.username.includes("@") ? [settings.username] : [];
  try {
    const reports: MailboxSyncReport[] = [];
    for (const mailbox of settings.mailboxes)
      reports.push(await syncMailbox(ctx, session, mailbox, own, options));
    return { mailboxes: reports };
  } finally {
    await session.close();
  }
}

async function syncMailbox(
  ctx: UseCaseContext,
  session: ImapSession,
  mailbox: string,
  own: string[],
  options: SyncImapOptions,
): Promise<MailboxSyncReport> {
  const batchSize = options.batchSize ?? 200;
  const { uidValidity } = await session.open(mailbox);
  const state = await findImapSyncState(ctx.db, ctx.accountId, mailbox);
  // UIDs mean nothing under another UIDVALIDITY: read all again (Message-IDs dedupe).
  const restarted = state !== null && state.uidValidity !== uidValidity;
  const lastUid = state && !restarted ? state.lastUid : 0;
  const uids = await session.uidsAfter(lastUid);
  const report: MailboxSyncReport = {
    mailbox,
    fetched: uids.length,
    stored: [],
    duplicates: 0,
    unrelated: 0,
    malformed: 0,
    restarted,
  };
  options.onProgress?.({ mailbox, done: 0, total: uids.length });
  for (let start = 0; start < uids.length; start += batchSize) {
    const batch = uids.slice(start, start + batchSize);
    const headers = await session.headers(batch);
    // Only the job-search mail is downloaded whole; the rest is judged by its headers.
    const { knowledge, logged } = await loadMailKnowledge(
      ctx,
      headers.flatMap((h) => [
        ...(h.messageId ? [h.messageId] : []),
        ...(h.inReplyTo ? [h.inReplyTo] : []),
        ...h.references,
      ]),
      own,
    );
    const wanted = headers.filter((h) => {
      if (h.messageId && logged.has(normalizeMessageId(h.messageId))) {
        report.duplicates += 1;
        return false;
      }
      if (matchMail(h, knowledge).matched) return true;
      report.unrelated += 1;
      return false;
    });
    const items: MailItem[] = [];
    for (const { uid, source, internalDate } of await session.sources(wanted.map((h) => h.uid))) {
      try {
        items.push({
          label: `${mailbox} uid ${uid}`,
          mail: await parseMail(source, internalDate ?? undefined),
        });
      } catch (error) {
        if (!(error instanceof MalformedMailError)) throw error;
        report.malformed += 1;
      }
    }
    const last = batch[batch.length - 1] as number;
    await inTransaction(ctx, async (tx) => {
      const recorded = await recordMail(tx, items, own);
      report.stored.push(...recorded.stored);
      report.duplicates += recorded.duplicates;
      report.unrelated += recorded.unmatched.length;
      await saveImapSyncState(
        tx.db,
        tx.accountId,
        { mailbox, uidValidity, lastUid: last },
        tx.now(),
      );
    });
    options.onProgress?.({
      mailbox,
      done: Math.min(start + batch.length, uids.length),
      total: uids.length,
    });
  }
  // Nothing new still records where the mailbox stands (and its UIDVALIDITY).
  if (uids.length === 0 && (state === null || restarted))
    await saveImapSyncState(ctx.db, ctx.accountId, { mailbox, uidValidity, lastUid }, ctx.now());
  return report;
}

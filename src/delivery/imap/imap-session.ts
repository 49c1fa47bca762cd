import { ImapFlow, type MessageAddressObject } from "imapflow";
import { messageIdsIn } from "../../core/mail/message-id.js";
import { AppError } from "../../errors/app-error.js";
import { imapError } from "./imap-error.js";

export interface ImapConnection {
  host: string;
  port: number;
  secure: boolean;
  username: string;
  password: string;
}

/** What a mailbox says about one message before its body is fetched. */
export interface MessageHeaders {
  uid: number;
  from: string[];
  to: string[];
  cc: string[];
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
}

export interface ImapSession {
  /** Selects a mailbox read-only; UIDVALIDITY as decimal text. */
  open(mailbox: string): Promise<{ uidValidity: string; exists: number }>;
  /** UIDs above `lastUid`, ascending. */
  uidsAfter(lastUid: number): Promise<number[]>;
  headers(uids: number[]): Promise<MessageHeaders[]>;
  sources(uids: number[]): Promise<{ uid: number; source: Buffer; internalDate: string | null }[]>;
  close(): Promise<void>;
}

/** Logs in to the user's mailbox (R16). Failures become AppErrors that say what to fix. */
export async function openImapSession(c: ImapConnection): Promise<ImapSession> {
  const fail = (error: unknown) => imapError(error, c.host, c.port, c.username);
  const client = new ImapFlow({
    host: c.host,
    port: c.port,
    secure: c.secure,
    auth: { user: c.username, pass: c.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 120_000,
  });
  // A dropped connection surfaces as the next command's failure, not as an unhandled event.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw fail(error);
  }
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw fail(error);
    }
  };
  return {
    open: (mailbox) =>
      guard(async () => {
        try {
          const box = await client.mailboxOpen(mailbox, { readOnly: true });
          return { uidValidity: String(box.uidValidity), exists: box.exists };
        } catch (error) {
          const text = (error as { responseText?: string }).responseText ?? "";
          if (
            (error as { serverResponseCode?: string }).serverResponseCode === "NONEXISTENT" ||
            /exist/i.test(text)
          )
            throw new AppError("INVALID_INPUT", `There is no mailbox "${mailbox}" on ${c.host}.`, {
              field: "mailbox",
              accepted: "a folder that exists on the server, e.g. INBOX",
              cause: error,
            });
          throw error;
        }
      }),
    uidsAfter: (lastUid) =>
      guard(async () => {
        // "N:*" always names the last message, even below N: hence the filter.
        const found = await client.search({ uid: `${lastUid + 1}:*` }, { uid: true });
        return (found || []).filter((uid) => uid > lastUid).sort((a, b) => a - b);
      }),
    headers: (uids) =>
      guard(async () => {
        if (uids.length === 0) return [];
        const messages = await client.fetchAll(
          uids,
          { uid: true, envelope: true, headers: ["references"] },
          { uid: true },
        );
        return messages.map((m) => ({
          uid: m.uid,
          from: addresses(m.envelope?.from),
          to: addresses(m.envelope?.to),
          cc: addresses(m.envelope?.cc),
          messageId: m.envelope?.messageId ?? null,
          inReplyTo: messageIdsIn(m.envelope?.inReplyTo)[0] ?? null,
          references: messageIdsIn(m.headers?.toString("latin1").replace(/^references:/i, "")),
        }));
      }),
    sources: (uids) =>
      guard(async () => {
        if (uids.length === 0) return [];
        const messages = await client.fetchAll(
          uids,
          { uid: true, source: true, internalDate: true },
          { uid: true },
        );
        return messages.map((m) => ({
          uid: m.uid,
          source: m.source ?? Buffer.alloc(0),
          internalDate: m.internalDate ? new Date(m.internalDate).toISOString() : null,
        }));
      }),
    close: async () => {
      try {
        await client.logout();
      } catch {
        client.close();
      }
    },
  };
}

function addresses(list: MessageAddressObject[] | undefined): string[] {
  return (list ?? [])
    .map((a) => a.address?.trim().toLowerCase() ?? "")
    .filter((a) => a.includes("@"));
}

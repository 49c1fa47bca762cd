import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** What is stored; the password stays ciphertext until it is handed to the IMAP client. */
export interface StoredImapSettings {
  host: string;
  port: number;
  username: string;
  passwordEncrypted: string;
  /** TLS from the first byte; false only with --insecure (a local or test server). */
  secure: boolean;
  mailboxes: string[];
  updatedAt: string;
}

export interface ImapSyncState {
  mailbox: string;
  /** UIDVALIDITY as decimal text: it can exceed what a JavaScript number holds exactly. */
  uidValidity: string;
  lastUid: number;
}

export async function findImapSettings(
  db: Kysely<Database>,
  accountId: string,
): Promise<StoredImapSettings | null> {
  const row = await db
    .selectFrom("imapSettings")
    .selectAll()
    .where("accountId", "=", accountId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    host: row.host,
    port: Number(row.port),
    username: row.username,
    passwordEncrypted: row.passwordEncrypted,
    secure: row.secure === 1,
    mailboxes: JSON.parse(row.mailboxes) as string[],
    updatedAt: row.updatedAt,
  };
}

export async function saveImapSettings(
  db: Kysely<Database>,
  accountId: string,
  s: StoredImapSettings,
): Promise<void> {
  const row = {
    accountId,
    host: s.host,
    port: s.port,
    username: s.username,
    passwordEncrypted: s.passwordEncrypted,
    secure: s.secure ? 1 : 0,
    mailboxes: JSON.stringify(s.mailboxes),
    updatedAt: s.updatedAt,
  };
  await db
    .insertInto("imapSettings")
    .values(row)
    .onConflict((oc) => oc.column("accountId").doUpdateSet(row))
    .execute();
}

export async function findImapSyncState(
  db: Kysely<Database>,
  accountId: string,
  mailbox: string,
): Promise<ImapSyncState | null> {
  const row = await db
    .selectFrom("imapSyncStates")
    .select(["mailbox", "uidValidity", "lastUid"])
    .where("accountId", "=", accountId)
    .where("mailbox", "=", mailbox)
    .executeTakeFirst();
  return row ? { ...row, lastUid: Number(row.lastUid) } : null;
}

export async function saveImapSyncState(
  db: Kysely<Database>,
  accountId: string,
  state: ImapSyncState,
  updatedAt: string,
): Promise<void> {
  const row = { accountId, ...state, updatedAt };
  await db
    .insertInto("imapSyncStates")
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(["accountId", "mailbox"])
        .doUpdateSet({ uidValidity: state.uidValidity, lastUid: state.lastUid, updatedAt }),
    )
    .execute();
}

/** A changed mailbox connection starts every mailbox over (dedupe by Message-ID keeps it safe). */
export async function clearImapSyncStates(db: Kysely<Database>, accountId: string): Promise<void> {
  await db.deleteFrom("imapSyncStates").where("accountId", "=", accountId).execute();
}

/** Every account with a mailbox set up: the hosted job queue syncs each on its own schedule. */
export async function listImapAccounts(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("imapSettings")
    .select("accountId")
    .orderBy("accountId")
    .execute();
  return rows.map((r) => r.accountId);
}

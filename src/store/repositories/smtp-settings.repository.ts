import type { Kysely } from "kysely";
import type { Database, SmtpSettingsTable } from "../schema.js";

export const SECURE_MODES = ["tls", "starttls", "plain"] as const;
export type SecureMode = (typeof SECURE_MODES)[number];

/** What is stored; the password stays ciphertext until the moment it is handed to the transport. */
export interface StoredSmtpSettings {
  host: string;
  port: number;
  username: string;
  passwordEncrypted: string;
  secureMode: SecureMode;
  fromAddress: string | null;
  digestEnabled: boolean;
  digestHour: number;
  updatedAt: string;
}

export async function findSmtpSettings(
  db: Kysely<Database>,
  accountId: string,
): Promise<StoredSmtpSettings | null> {
  const row = await db
    .selectFrom("smtpSettings")
    .selectAll()
    .where("accountId", "=", accountId)
    .executeTakeFirst();
  return row ? toSettings(row) : null;
}

export async function saveSmtpSettings(
  db: Kysely<Database>,
  accountId: string,
  s: StoredSmtpSettings,
): Promise<void> {
  const row: SmtpSettingsTable = {
    accountId,
    host: s.host,
    port: s.port,
    username: s.username,
    passwordEncrypted: s.passwordEncrypted,
    secureMode: s.secureMode,
    fromAddress: s.fromAddress,
    digestEnabled: s.digestEnabled ? 1 : 0,
    digestHour: s.digestHour,
    updatedAt: s.updatedAt,
  };
  await db
    .insertInto("smtpSettings")
    .values(row)
    .onConflict((oc) => oc.column("accountId").doUpdateSet(row))
    .execute();
}

/** Accounts whose morning digest is switched on. */
export async function listDigestAccounts(
  db: Kysely<Database>,
): Promise<{ accountId: string; digestHour: number }[]> {
  return db
    .selectFrom("smtpSettings")
    .select(["accountId", "digestHour"])
    .where("digestEnabled", "=", 1)
    .orderBy("accountId")
    .execute();
}

function toSettings(row: SmtpSettingsTable): StoredSmtpSettings {
  return {
    host: row.host,
    port: row.port,
    username: row.username,
    passwordEncrypted: row.passwordEncrypted,
    secureMode: row.secureMode as SecureMode,
    fromAddress: row.fromAddress,
    digestEnabled: row.digestEnabled === 1,
    digestHour: row.digestHour,
    updatedAt: row.updatedAt,
  };
}

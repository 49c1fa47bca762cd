import { z } from "zod";
import {
  clearImapSyncStates,
  findImapSettings,
  saveImapSettings,
} from "../../store/repositories/imap-state.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { text } from "../schemas.js";
import { sealImapPassword } from "./imap-password.js";

export const setImapSettingsInput = z.object({
  host: text(255).regex(/^[A-Za-z0-9.:[\]-]+$/, "must be a host name or an IP address"),
  port: z.coerce.number().int().min(1).max(65535).optional(),
  username: text(320),
  password: z.string().min(1, "must not be empty").max(1000),
  /** Plain text, no TLS: only for a server on this machine or a test server. */
  insecure: z.boolean().default(false),
  mailboxes: z.array(text(200)).min(1).default(["INBOX"]),
});
export type SetImapSettingsInput = z.input<typeof setImapSettingsInput>;

export interface ImapSettingsView {
  host: string;
  port: number;
  username: string;
  secure: boolean;
  mailboxes: string[];
  updatedAt: string;
}

/**
 * Stores how to reach the user's mailbox (R16). The password is encrypted with a key kept
 * outside the database. A different server or user starts the sync over.
 */
export async function setImapSettings(
  ctx: UseCaseContext,
  raw: SetImapSettingsInput,
  secretKey: Buffer,
): Promise<ImapSettingsView> {
  const input = parseInput(setImapSettingsInput, raw);
  const secure = !input.insecure;
  const settings = {
    host: input.host,
    port: input.port ?? (secure ? 993 : 143),
    username: input.username,
    passwordEncrypted: sealImapPassword(input.password, secretKey, ctx.accountId),
    secure,
    mailboxes: [...new Set(input.mailboxes)],
    updatedAt: ctx.now(),
  };
  await inTransaction(ctx, async (tx) => {
    const before = await findImapSettings(tx.db, tx.accountId);
    if (before && (before.host !== settings.host || before.username !== settings.username))
      await clearImapSyncStates(tx.db, tx.accountId);
    await saveImapSettings(tx.db, tx.accountId, settings);
  });
  const { passwordEncrypted: _hidden, ...view } = settings;
  return view;
}

import { z } from "zod";
import { assertAddress } from "../../delivery/smtp/build-raw-message.js";
import { encryptSecret } from "../../delivery/smtp/secret-box.js";
import { invalidInput } from "../../errors/app-error.js";
import {
  findSmtpSettings,
  type SecureMode,
  type StoredSmtpSettings,
  saveSmtpSettings,
} from "../../store/repositories/smtp-settings.repository.js";
import type { UseCaseContext } from "../context.js";
import { parseInput } from "../parse-input.js";
import { text } from "../schemas.js";

const singleLine = (max: number) =>
  text(max).refine((s) => !/[\r\n\0]/.test(s), "must be a single line");

export const setSmtpSettingsInput = z.object({
  host: singleLine(255).regex(/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/, "is not a host name"),
  port: z.coerce.number().int().min(1).max(65535),
  user: singleLine(320),
  // Not trimmed: a password may begin or end with a space.
  password: z.string().min(1, "must not be empty").max(1000),
  /** Plain text on the wire, only when the user says so. */
  insecure: z.boolean().default(false),
  from: z.string().trim().max(320).nullish(),
  digest: z.boolean().nullish(),
  digestHour: z.coerce.number().int().min(0).max(23).nullish(),
});
export type SetSmtpSettingsInput = z.input<typeof setSmtpSettingsInput>;

/** What is shown back: never the password, not even encrypted. */
export interface SmtpSettingsView {
  host: string;
  port: number;
  user: string;
  secureMode: SecureMode;
  from: string | null;
  digestEnabled: boolean;
  digestHour: number;
  updatedAt: string;
}

/**
 * Stores the user's SMTP server. Port 465 means TLS from the first byte, any other port STARTTLS
 * that must succeed; a plain connection only with `insecure`. The password is encrypted with the
 * key from outside the database (AES-256-GCM, bound to the account).
 */
export async function setSmtpSettings(
  ctx: UseCaseContext,
  key: Buffer,
  raw: SetSmtpSettingsInput,
): Promise<SmtpSettingsView> {
  const input = parseInput(setSmtpSettingsInput, raw);
  const from = input.from ? input.from : null;
  if (from !== null) assertAddress("from", from);
  if (/[\r\n\0]/.test(input.password))
    throw invalidInput("password", "The password contains a line break.", "a single line");
  const before = await findSmtpSettings(ctx.db, ctx.accountId);
  const secureMode: SecureMode = input.insecure ? "plain" : input.port === 465 ? "tls" : "starttls";
  const stored: StoredSmtpSettings = {
    host: input.host,
    port: input.port,
    username: input.user,
    passwordEncrypted: encryptSecret(input.password, key, ctx.accountId),
    secureMode,
    fromAddress: from,
    digestEnabled: input.digest ?? before?.digestEnabled ?? false,
    digestHour: input.digestHour ?? before?.digestHour ?? 7,
    updatedAt: ctx.now(),
  };
  await saveSmtpSettings(ctx.db, ctx.accountId, stored);
  return viewOf(stored);
}

export function viewOf(s: StoredSmtpSettings): SmtpSettingsView {
  return {
    host: s.host,
    port: s.port,
    user: s.username,
    secureMode: s.secureMode,
    from: s.fromAddress,
    digestEnabled: s.digestEnabled,
    digestHour: s.digestHour,
    updatedAt: s.updatedAt,
  };
}

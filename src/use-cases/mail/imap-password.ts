import { decryptSecret, encryptSecret } from "../../delivery/smtp/secret-box.js";
import { AppError } from "../../errors/app-error.js";

// The IMAP password is bound to its own context, so the SMTP ciphertext cannot stand in for it.
const contextOf = (accountId: string) => `${accountId}:imap`;

export function sealImapPassword(password: string, key: Buffer, accountId: string): string {
  return encryptSecret(password, key, contextOf(accountId));
}

export function openImapPassword(sealed: string, key: Buffer, accountId: string): string {
  try {
    return decryptSecret(sealed, key, contextOf(accountId));
  } catch (cause) {
    throw new AppError(
      "INVALID_INPUT",
      "The stored IMAP password cannot be decrypted with this secret key (was secret.key or FOLLOWTHROUGH_SECRET_KEY changed?).",
      {
        field: "secret-key",
        accepted: "the key the password was stored with, or run `followthrough imap set` again",
        cause,
      },
    );
  }
}

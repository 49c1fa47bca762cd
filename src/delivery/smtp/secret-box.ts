import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "../../errors/app-error.js";

const VERSION = "v1";

/**
 * AES-256-GCM with a fresh 96-bit nonce per encryption. `context` (the account id) is bound as
 * additional data, so a ciphertext copied to another account's row does not decrypt.
 * Stored as "v1:<nonce>:<tag>:<ciphertext>", each base64.
 */
export function encryptSecret(plaintext: string, key: Buffer, context: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, nonce, tag, data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64")))
    .join(":");
}

export function decryptSecret(stored: string, key: Buffer, context: string): string {
  const [version, nonce, tag, data] = stored.split(":");
  if (version !== VERSION || nonce === undefined || tag === undefined || data === undefined) {
    throw cannotDecrypt();
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(nonce, "base64"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString(
      "utf8",
    );
  } catch (cause) {
    throw cannotDecrypt(cause);
  }
}

function cannotDecrypt(cause?: unknown): AppError {
  return new AppError(
    "INVALID_INPUT",
    "The stored SMTP password cannot be decrypted with this secret key (was secret.key or FOLLOWTHROUGH_SECRET_KEY changed?).",
    {
      field: "secret-key",
      accepted: "the key the password was stored with, or run `followthrough smtp set` again",
      ...(cause === undefined ? {} : { cause }),
    },
  );
}

import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../../errors/app-error.js";

export const SECRET_KEY_FILE = "secret.key";
const KEY_BYTES = 32;

/**
 * The 32-byte key that encrypts the SMTP password. It lives outside the database, so a stolen
 * database (or a PostgreSQL dump) alone does not reveal the password: from
 * FOLLOWTHROUGH_SECRET_KEY (base64) when set, else `secret.key` in the data directory, created
 * 0600 on first use. Exclusive creation means two processes starting at once agree on one key.
 */
export function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.FOLLOWTHROUGH_SECRET_KEY;
  if (fromEnv !== undefined && fromEnv !== "")
    return decodeKey(fromEnv, "FOLLOWTHROUGH_SECRET_KEY");
  const file = join(dataDir, SECRET_KEY_FILE);
  try {
    return decodeKey(readFileSync(file, "utf8").trim(), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  try {
    const fd = openSync(file, "wx", 0o600);
    try {
      writeSync(fd, `${key.toString("base64")}\n`);
    } finally {
      closeSync(fd);
    }
    return key;
  } catch (error) {
    // Another process created it between our read and our create: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      return decodeKey(readFileSync(file, "utf8").trim(), file);
    throw error;
  }
}

/** 32 bytes of base64, or null for anything else. */
export function parseSecretKey(text: string): Buffer | null {
  const key = Buffer.from(text, "base64");
  return key.length === KEY_BYTES && key.toString("base64") === text.replace(/\s/g, "")
    ? key
    : null;
}

function decodeKey(text: string, source: string): Buffer {
  const key = parseSecretKey(text);
  if (key === null) {
    throw new AppError("INVALID_INPUT", `The secret key in ${source} is not 32 bytes of base64.`, {
      field: "secret-key",
      accepted: "44 characters of base64, e.g. from `openssl rand -base64 32`",
    });
  }
  return key;
}

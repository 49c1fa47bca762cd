import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSecretKey } from "../../src/delivery/smtp/load-secret-key.js";
import { decryptSecret, encryptSecret } from "../../src/delivery/smtp/secret-box.js";
import { AppError } from "../../src/errors/app-error.js";

describe("the SMTP password at rest", () => {
  const key = randomBytes(32);

  it("round-trips through AES-256-GCM with a fresh nonce each time", () => {
    const a = encryptSecret("pässword 1", key, "local");
    const b = encryptSecret("pässword 1", key, "local");
    expect(a).not.toBe(b);
    expect(a).not.toContain("password");
    expect(decryptSecret(a, key, "local")).toBe("pässword 1");
    expect(decryptSecret(b, key, "local")).toBe("pässword 1");
  });

  it("refuses another key, another account and a tampered ciphertext", () => {
    const stored = encryptSecret("secret", key, "local");
    expect(() => decryptSecret(stored, randomBytes(32), "local")).toThrow(AppError);
    expect(() => decryptSecret(stored, key, "other-account")).toThrow(/cannot be decrypted/);
    const parts = stored.split(":");
    const data = Buffer.from(parts[3] ?? "", "base64");
    data[0] = (data[0] ?? 0) ^ 1;
    parts[3] = data.toString("base64");
    expect(() => decryptSecret(parts.join(":"), key, "local")).toThrow(AppError);
    expect(() => decryptSecret("plain text", key, "local")).toThrow(AppError);
  });
});

describe("the secret key outside the database", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is created once as secret.key with mode 0600 and read back the same", () => {
    dir = mkdtempSync(join(tmpdir(), "ft-key-"));
    const first = loadSecretKey(dir, {});
    expect(first).toHaveLength(32);
    const file = join(dir, "secret.key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(dir, {}).equals(first)).toBe(true);
    expect(readFileSync(file, "utf8").trim()).toBe(first.toString("base64"));
  });

  it("comes from FOLLOWTHROUGH_SECRET_KEY when set, and a malformed one is refused", () => {
    dir = mkdtempSync(join(tmpdir(), "ft-key-"));
    const key = randomBytes(32);
    expect(
      loadSecretKey(dir, { FOLLOWTHROUGH_SECRET_KEY: key.toString("base64") }).equals(key),
    ).toBe(true);
    expect(() => loadSecretKey(dir, { FOLLOWTHROUGH_SECRET_KEY: "c2hvcnQ=" })).toThrow(
      /not 32 bytes of base64/,
    );
    writeFileSync(join(dir, "secret.key"), "garbage\n");
    expect(() => loadSecretKey(dir, {})).toThrow(AppError);
  });
});

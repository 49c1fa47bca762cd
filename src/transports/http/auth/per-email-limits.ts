import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { countAttempt } from "../../../store/repositories/auth-rate-limit.repository.js";
import type { Database } from "../../../store/schema.js";

/**
 * How often one email address may be used per route, from however many addresses (IPs): the
 * per-IP limits are better-auth's (create-hosted-auth.ts); these hold an account's sign-in,
 * sign-up and mailed links to a pace however many machines try. Known and unknown emails count
 * alike, so the answer says nothing about which exist.
 */
export const PER_EMAIL_LIMITS: Record<string, { windowSeconds: number; max: number }> = {
  "/sign-in/email": { windowSeconds: 15 * 60, max: 10 },
  "/sign-up/email": { windowSeconds: 15 * 60, max: 3 },
  "/request-password-reset": { windowSeconds: 15 * 60, max: 3 },
  "/send-verification-email": { windowSeconds: 15 * 60, max: 3 },
};

/** The address as better-auth keeps it (trimmed, lower case), as a digest: no address in clear. */
export function emailLimitKey(path: string, email: string): string {
  const digest = createHash("sha256")
    .update(email.trim().toLowerCase(), "utf8")
    .digest("base64url");
  return `email:${digest}:${path}`;
}

/**
 * Counts the attempt for `email` on `path`; the refusal to answer when it is one too many, as
 * better-auth words its own (429, the seconds to wait), or null to go on.
 */
export async function refusedForEmail(
  db: Kysely<Database>,
  path: string,
  email: string | undefined,
  nowMs: number,
): Promise<Response | null> {
  const rule = PER_EMAIL_LIMITS[path];
  if (!rule || email === undefined || email.trim() === "") return null;
  const { count, windowEndsMs } = await countAttempt(
    db,
    emailLimitKey(path, email),
    rule.windowSeconds * 1000,
    nowMs,
  );
  if (count <= rule.max) return null;
  const wait = Math.max(1, Math.ceil((windowEndsMs - nowMs) / 1000));
  return new Response(JSON.stringify({ message: "Too many requests. Please try again later." }), {
    status: 429,
    headers: { "content-type": "application/json", "x-retry-after": String(wait) },
  });
}

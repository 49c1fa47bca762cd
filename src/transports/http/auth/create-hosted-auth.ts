import type { IncomingMessage } from "node:http";
import { kyselyAdapter } from "@better-auth/kysely-adapter";
import { passkey } from "@better-auth/passkey";
import { hash, verify } from "@node-rs/argon2";
import { betterAuth } from "better-auth";
import type { Context } from "hono";
import type { Kysely } from "kysely";
import type { AuthMailer } from "../../../delivery/smtp/auth-mailer.js";
import type { Clock } from "../../../shared/clock.js";
import { recordAudit } from "../../../store/repositories/audit-log.repository.js";
import {
  deleteAccountData,
  ensureAccount,
  findAuthUserIdByEmail,
} from "../../../store/repositories/auth-account.repository.js";
import type { Database } from "../../../store/schema.js";
import type { HttpEnv } from "../http-env.js";
import { clientAddress } from "./client-address.js";
import { withHashedSessionTokens } from "./hashed-session-tokens.js";
import { PER_EMAIL_LIMITS, refusedForEmail } from "./per-email-limits.js";

export const AUTH_BASE_PATH = "/api/auth";
/** Set by this server from the socket (or a local proxy's X-Forwarded-For), never by a client. */
const CLIENT_IP_HEADER = "x-followthrough-client-ip";

export interface HostedAuthOptions {
  /** The store without an account (store.db): better-auth's own tables have no row policy. */
  db: Kysely<Database>;
  /** The store as one account sees it (store.forAccount), for the rows of its account. */
  forAccount: (accountId: string) => Kysely<Database>;
  /** FOLLOWTHROUGH_SESSION_SECRET: signs the session cookie. */
  secret: string;
  /** FOLLOWTHROUGH_PUBLIC_ORIGIN: links in mail point there, and only its pages may sign in. */
  publicOrigin: string;
  mail: AuthMailer;
  now: Clock;
}

export interface HostedAuth {
  /** better-auth's routes under /api/auth, with the client's address set and each audited. */
  handle(c: Context<HttpEnv>): Promise<Response>;
  /** The account of the request's session, or null (none, forged, expired or revoked). */
  accountOf(c: Context<HttpEnv>): Promise<string | null>;
}

// argon2id (OWASP's first choice), @node-rs/argon2's defaults: 19 MiB, 2 passes, 1 lane.
const password = {
  hash: (plain: string) => hash(plain),
  verify: ({ hash: stored, password: plain }: { hash: string; password: string }) =>
    verify(stored, plain).catch(() => false),
};

/**
 * Accounts and sessions for hosted mode, by better-auth on the store's Kysely (PostgreSQL):
 * email and password with verification and reset by mail, sessions in HttpOnly, Secure,
 * SameSite=Lax cookies whose tokens are stored as digests, no cookie cache (a revoked session
 * stops at the next request), passkeys as a second way in, and the rate limiter's counters in the
 * database so they hold across processes: per IP (better-auth's) and per email (ours).
 */
export function createHostedAuth(options: HostedAuthOptions): HostedAuth {
  const { db, mail, forAccount } = options;
  const auth = betterAuth({
    appName: "followthrough",
    baseURL: options.publicOrigin,
    basePath: AUTH_BASE_PATH,
    secret: options.secret,
    trustedOrigins: [options.publicOrigin],
    telemetry: { enabled: false },
    database: withHashedSessionTokens(kyselyAdapter(db, { type: "postgres" })),
    user: {
      modelName: "auth_users",
      changeEmail: {
        enabled: true,
        // The new address is confirmed by a link sent to it before it replaces the old one.
        sendChangeEmailConfirmation: async ({ newEmail, url }) =>
          mail({
            to: newEmail,
            subject: "Confirm your new email address for followthrough",
            text: `You asked to sign in to followthrough with this address from now on. Open this link within an hour to confirm it:\n\n${url}\n\nIf you did not ask for this, ignore this mail: nothing changes.\n`,
          }),
      },
      deleteUser: {
        enabled: true,
        // Every record of the account goes in one transaction before the user itself.
        beforeDelete: async (user) => deleteAccountData(forAccount(user.id), user.id),
      },
    },
    session: {
      modelName: "auth_sessions",
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: false },
    },
    account: { modelName: "auth_credentials" },
    verification: { modelName: "auth_verifications", storeIdentifier: "hashed" },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "auth_rate_limits",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 5 },
        "/request-password-reset": { window: 60, max: 3 },
        "/send-verification-email": { window: 60, max: 3 },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: 10,
      maxPasswordLength: 256,
      password,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) =>
        mail({
          to: user.email,
          subject: "Reset your followthrough password",
          text: `Someone, hopefully you, asked to reset the password of your followthrough account. Open this link within an hour to choose a new one:\n\n${url}\n\nIf it was not you, ignore this mail: your password stays as it is.\n`,
        }),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: false,
      expiresIn: 60 * 60,
      sendVerificationEmail: async ({ user, url }) =>
        mail({
          to: user.email,
          subject: "Confirm your email address for followthrough",
          text: `Welcome to followthrough. Open this link within an hour to confirm this address, then sign in:\n\n${url}\n\nIf you did not sign up, ignore this mail and no account will be used.\n`,
        }),
    },
    plugins: [
      // The second way in: a passkey made on the account page signs in without the password.
      // Bound to the public origin (its host is the relying party), never to a request's Origin.
      passkey({
        rpID: new URL(options.publicOrigin).hostname,
        rpName: "followthrough",
        origin: options.publicOrigin,
        authenticatorSelection: { residentKey: "required", userVerification: "required" },
        schema: {
          passkey: {
            modelName: "auth_passkeys",
            fields: { userId: "accountId", credentialID: "credentialId" },
          },
        },
      }),
    ],
    databaseHooks: {
      user: {
        create: {
          // The account that owns the person's records has the user's id.
          after: async (user) =>
            ensureAccount(forAccount(user.id), user.id, user.name, options.now()),
        },
      },
    },
    advanced: {
      useSecureCookies: true,
      cookiePrefix: "followthrough",
      defaultCookieAttributes: { httpOnly: true, secure: true, sameSite: "lax", path: "/" },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
  });

  const accountOf = async (headers: Headers): Promise<string | null> => {
    const session = await auth.api.getSession({ headers }).catch(() => null);
    return session?.user.id ?? null;
  };

  return {
    accountOf: async (c) => {
      const found = await auth.api
        .getSession({ headers: c.req.raw.headers, returnHeaders: true })
        .catch(() => null);
      // A session used a day (updateAge) after its last extension is extended in the store, and
      // better-auth sets its cookie again to the new expiry: passed on, or the browser would drop
      // a session the server still keeps.
      for (const cookie of found?.headers.getSetCookie() ?? [])
        c.header("set-cookie", cookie, { append: true });
      return found?.response?.user.id ?? null;
    },
    handle: async (c) => {
      const request = withClientAddress(c);
      const path = new URL(request.url).pathname.slice(AUTH_BASE_PATH.length);
      const event = AUDITED[path];
      if (!event) return auth.handler(request);
      const ip = request.headers.get(CLIENT_IP_HEADER);
      const userAgent = request.headers.get("user-agent");
      // Who it is about: the session's account, else the account of the email given.
      const before = BY_EMAIL.has(path) ? null : await accountOf(request.headers);
      const email = BY_EMAIL.has(path) ? await emailOf(request) : undefined;
      // Per email first (from any address), then better-auth's per-IP limit and the route.
      const response =
        (await refusedForEmail(db, path, email, Date.parse(options.now()))) ??
        (await auth.handler(request));
      const ok = response.status < 400;
      let accountId = before;
      if (accountId === null && email) accountId = await findAuthUserIdByEmail(db, email);
      if (accountId === null && path === "/verify-email")
        accountId = await verifiedAccountOf(db, new URL(request.url));
      if (accountId === null && ok && path === "/passkey/verify-authentication")
        accountId = await signedInAccountOf(response);
      await recordAudit(accountId === null ? db : forAccount(accountId), {
        accountId,
        event,
        outcome: ok ? "ok" : "refused",
        ipAddress: ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
        detail: ok ? null : `HTTP ${response.status}`,
        at: options.now(),
      });
      return response;
    },
  };
}

/** better-auth's routes whose use is kept in the audit log, by the event they record. */
const AUDITED: Record<string, string> = {
  "/sign-up/email": "sign-up",
  "/sign-in/email": "sign-in",
  "/sign-out": "sign-out",
  "/verify-email": "email-verified",
  "/send-verification-email": "verification-mail-asked",
  "/request-password-reset": "password-reset-asked",
  "/reset-password": "password-reset",
  "/change-password": "password-changed",
  "/change-email": "email-change-asked",
  "/update-user": "account-updated",
  "/delete-user": "account-deleted",
  "/revoke-session": "session-ended",
  "/revoke-sessions": "sessions-ended",
  "/revoke-other-sessions": "other-sessions-ended",
  "/passkey/verify-registration": "passkey-added",
  "/passkey/verify-authentication": "sign-in-passkey",
  "/passkey/update-passkey": "passkey-renamed",
  "/passkey/delete-passkey": "passkey-removed",
};
const BY_EMAIL = new Set(Object.keys(PER_EMAIL_LIMITS));

async function emailOf(request: Request): Promise<string | undefined> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === "string" ? body.email : undefined;
  } catch {
    return undefined;
  }
}

/** A passkey sign-in's answer names the user it signed in. */
async function signedInAccountOf(response: Response): Promise<string | null> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { user?: { id?: unknown } } | null;
  return typeof body?.user?.id === "string" ? body.user.id : null;
}

/** The verification link's token is a JWT naming the email; better-auth checks its signature. */
async function verifiedAccountOf(db: Kysely<Database>, url: URL): Promise<string | null> {
  const payload = url.searchParams.get("token")?.split(".")[1];
  if (!payload) return null;
  try {
    const { email } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      email?: unknown;
    };
    return typeof email === "string" ? await findAuthUserIdByEmail(db, email) : null;
  } catch {
    return null;
  }
}

/** The request with the client's address (clientAddress) in CLIENT_IP_HEADER. */
function withClientAddress(c: Context<HttpEnv>): Request {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const address = clientAddress(incoming?.socket?.remoteAddress, c.req.header("x-forwarded-for"));
  const headers = new Headers(c.req.raw.headers);
  headers.delete(CLIENT_IP_HEADER);
  if (address) headers.set(CLIENT_IP_HEADER, address);
  return new Request(c.req.raw, { headers });
}

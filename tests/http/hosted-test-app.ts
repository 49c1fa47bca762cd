import { type ApiClient, createApiClient } from "../../src/client/api-client.js";
import { createAuthMailer } from "../../src/delivery/smtp/auth-mailer.js";
import { createHostedAuth } from "../../src/transports/http/auth/create-hosted-auth.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { parseMessage, type SmtpSink, startSmtpSink } from "../delivery/smtp-sink.js";
import { openTestStore, type TestStore } from "../support/test-store.js";
import { withoutAccountScoping } from "../support/without-account-scoping.js";
import type { Reply } from "./http-test-app.js";

export const PUBLIC_ORIGIN = "https://followthrough.example.org";
export const SECRET = "a-test-session-secret-of-more-than-32-characters";
export const SESSION_COOKIE = "__Secure-followthrough.session_token";

export interface CallOptions {
  /** A browser's cookie jar: the session cookie to send, and where a new one is kept. */
  jar?: Jar;
  /** The client's address (the rate limiter's key), as a local proxy would forward it. */
  ip?: string;
  origin?: string | null;
  headers?: Record<string, string>;
}

export class Jar {
  cookies = new Map<string, string>();
  /** The Set-Cookie attributes last seen per cookie, for asserting them. */
  attributes = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  keep(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      this.attributes.set(name, attrs.join(";"));
      if (value === "" || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get session(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }
}

export interface HostedApp extends TestStore {
  sink: SmtpSink;
  /** The typed client, as the web app of the browser holding `jar` would use it. */
  client(jar: Jar): ApiClient;
  call(method: string, path: string, body?: unknown, options?: CallOptions): Promise<Reply>;
  /** The last mail sent to `to`: its text and the first link in it. */
  lastMailTo(to: string): Promise<{ subject: string; text: string; link: URL }>;
  close(): Promise<void>;
}

export interface HostedAppOptions {
  /** Connect as a role that is neither superuser nor BYPASSRLS, so row-level security applies. */
  appRole?: boolean;
  /** false: the repositories' account scoping switched off (tests/support/without-account-scoping). */
  accountScoping?: boolean;
}

/** The real app in hosted mode on a fresh PostgreSQL schema, its mail going to smtp-server. */
export async function openHostedApp(options: HostedAppOptions = {}): Promise<HostedApp> {
  const ts = await openTestStore("postgres", undefined, { appRole: options.appRole === true });
  const store = options.accountScoping === false ? withoutAccountScoping(ts.store) : ts.store;
  const sink = await startSmtpSink();
  const mail = createAuthMailer(
    `smtp://${encodeURIComponent(sink.user)}:${encodeURIComponent(sink.password)}@127.0.0.1:${sink.port}`,
    "followthrough <no-reply@followthrough.example.org>",
  );
  const auth = createHostedAuth({
    db: store.db,
    forAccount: store.forAccount,
    secret: SECRET,
    publicOrigin: PUBLIC_ORIGIN,
    mail,
    now: () => new Date().toISOString(),
  });
  const app = createApp({
    store,
    hosted: { publicOrigin: PUBLIC_ORIGIN, accountOf: auth.accountOf, authRoutes: auth.handle },
  });
  return {
    ...ts,
    sink,
    client: (jar) =>
      createApiClient({
        fetch: async (input, init) => {
          const headers = new Headers(init?.headers);
          headers.set("origin", PUBLIC_ORIGIN);
          if (jar.cookies.size) headers.set("cookie", jar.header());
          return app.request(`http://127.0.0.1${String(input)}`, { ...init, headers });
        },
      }),
    call: async (method, path, body, options = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (options.origin !== null && method !== "GET")
        headers.origin = options.origin ?? PUBLIC_ORIGIN;
      headers["x-forwarded-for"] = options.ip ?? "203.0.113.1";
      if (options.jar?.cookies.size) headers.cookie = options.jar.header();
      const init: RequestInit = { method, headers, redirect: "manual" };
      if (typeof body === "string") init.body = body;
      else if (body !== undefined) {
        init.body = JSON.stringify(body);
        headers["content-type"] = "application/json";
      }
      const res = await app.request(`http://127.0.0.1${path}`, init);
      options.jar?.keep(res.headers);
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
      return { status: res.status, body: parsed, text, headers: res.headers };
    },
    lastMailTo: async (to) => {
      const found = [...sink.accepted].reverse().find((m) => m.to.includes(to));
      if (!found) throw new Error(`no mail to ${to}`);
      const parsed = await parseMessage(found.raw);
      const text = parsed.text ?? "";
      const link = /https?:\/\/\S+/.exec(text)?.[0];
      if (!link) throw new Error(`no link in the mail to ${to}:\n${text}`);
      return { subject: parsed.subject ?? "", text, link: new URL(link) };
    },
    close: async () => {
      await sink.close();
      await ts.cleanup();
    },
  };
}

/** Signs up, follows the verification link and signs in: a jar holding the session. */
export async function signedIn(
  app: HostedApp,
  email: string,
  password = "correct horse battery staple",
  ip = "203.0.113.9",
): Promise<Jar> {
  const up = await app.call(
    "POST",
    "/api/auth/sign-up/email",
    { name: email.split("@")[0], email, password },
    { ip },
  );
  if (up.status !== 200) throw new Error(`sign-up ${up.status}: ${up.text}`);
  const { link } = await app.lastMailTo(email);
  const verified = await app.call("GET", `${link.pathname}${link.search}`, undefined, { ip });
  if (verified.status >= 400) throw new Error(`verify ${verified.status}: ${verified.text}`);
  const jar = new Jar();
  const signIn = await app.call(
    "POST",
    "/api/auth/sign-in/email",
    { email, password },
    { jar, ip },
  );
  if (signIn.status !== 200) throw new Error(`sign-in ${signIn.status}: ${signIn.text}`);
  return jar;
}

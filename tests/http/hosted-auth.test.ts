import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestToken } from "../../src/transports/http/auth/hashed-session-tokens.js";
import { canReachPostgres } from "../support/test-store.js";
import { type HostedApp, Jar, openHostedApp, SESSION_COOKIE, signedIn } from "./hosted-test-app.js";

const PASSWORD = "correct horse battery staple";

describe.runIf(await canReachPostgres())("hosted mode: accounts and sessions (PostgreSQL)", () => {
  let app: HostedApp;
  beforeAll(async () => {
    app = await openHostedApp({ appRole: true });
  });
  afterAll(() => app.close());

  it("signs up, verifies by mail, signs in with an HttpOnly Secure SameSite cookie whose token is stored hashed", async () => {
    const email = "ana@example.com";
    const ip = "198.51.100.1";
    const up = await app.call(
      "POST",
      "/api/auth/sign-up/email",
      { name: "Ana", email, password: PASSWORD },
      { ip },
    );
    expect(up.status).toBe(200);
    expect(up.headers.getSetCookie().join("")).not.toContain(SESSION_COOKIE);
    // Not verified yet: no way in.
    const early = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email, password: PASSWORD },
      { ip },
    );
    expect(early.status).toBe(403);
    const mail = await app.lastMailTo(email);
    expect(mail.subject).toBe("Confirm your email address for followthrough");
    expect(mail.link.origin).toBe("https://followthrough.example.org");
    const verified = await app.call("GET", `${mail.link.pathname}${mail.link.search}`, undefined, {
      ip,
    });
    expect(verified.status).toBeLessThan(400);

    const jar = new Jar();
    const signIn = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email, password: PASSWORD },
      { jar, ip },
    );
    expect(signIn.status).toBe(200);
    const attributes = jar.attributes.get(SESSION_COOKIE) ?? "";
    expect(attributes).toMatch(/HttpOnly/i);
    expect(attributes).toMatch(/Secure/i);
    expect(attributes).toMatch(/SameSite=Lax/i);
    const cookie = decodeURIComponent(jar.session ?? "");
    const token = cookie.slice(0, cookie.lastIndexOf("."));
    const stored = await app.store.db.selectFrom("authSessions").select("token").execute();
    expect(stored.map((s) => s.token)).toContain(digestToken(token));
    expect(stored.map((s) => s.token)).not.toContain(token);
    // The password is an argon2id hash.
    const credential = await app.store.db
      .selectFrom("authCredentials")
      .select("password")
      .executeTakeFirstOrThrow();
    expect(credential.password).toMatch(/^\$argon2id\$/);

    const profile = await app.call("GET", "/api/profile", undefined, { jar });
    expect(profile.status).toBe(200);
    expect((await app.call("GET", "/api/profile")).status).toBe(401);
  });

  it("answers a wrong password for a known email exactly as for an unknown one", async () => {
    await signedIn(app, "ben@example.com", PASSWORD, "198.51.100.2");
    const known = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email: "ben@example.com", password: "not the password" },
      { ip: "198.51.100.3" },
    );
    const unknown = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email: "nobody@example.com", password: "not the password" },
      { ip: "198.51.100.3" },
    );
    expect(known.status).toBe(401);
    expect(unknown.status).toBe(known.status);
    expect(unknown.text).toBe(known.text);
  });

  it("refuses a forged session cookie and a sign-in posted from another site", async () => {
    const jar = await signedIn(app, "cleo@example.com", PASSWORD, "198.51.100.4");
    const forged = new Jar();
    const real = jar.session ?? "";
    forged.cookies.set(SESSION_COOKIE, `${real.startsWith("x") ? "y" : "x"}${real.slice(1)}`);
    expect((await app.call("GET", "/api/profile", undefined, { jar: forged })).status).toBe(401);
    const crossSite = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email: "cleo@example.com", password: PASSWORD },
      { origin: "https://evil.example", ip: "198.51.100.4" },
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toMatchObject({ error: { field: "origin" } });
  });

  it("lists sessions and ends one at once; another account's session is not found", async () => {
    const email = "dev@example.com";
    const laptop = await signedIn(app, email, PASSWORD, "198.51.100.5");
    const phone = new Jar();
    await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email, password: PASSWORD },
      { jar: phone, ip: "198.51.100.6" },
    );
    const sessions = await app.call("GET", "/api/account/sessions", undefined, { jar: laptop });
    expect(sessions.status).toBe(200);
    expect(sessions.body).toHaveLength(2);
    const current = sessions.body.filter((s: { current: boolean }) => s.current);
    expect(current).toHaveLength(1);
    const other = sessions.body.find((s: { current: boolean }) => !s.current);

    const stranger = await signedIn(app, "eve@example.com", PASSWORD, "198.51.100.7");
    const notTheirs = await app.call("DELETE", `/api/account/sessions/${other.id}`, undefined, {
      jar: stranger,
    });
    expect(notTheirs.status).toBe(404);
    const unknown = await app.call("DELETE", "/api/account/sessions/no-such-session", undefined, {
      jar: stranger,
    });
    expect(notTheirs.text).toBe(unknown.text);
    expect((await app.call("GET", "/api/profile", undefined, { jar: phone })).status).toBe(200);

    expect(
      (await app.call("DELETE", `/api/account/sessions/${other.id}`, undefined, { jar: laptop }))
        .status,
    ).toBe(200);
    // No cookie cache: the phone's very next request is refused.
    expect((await app.call("GET", "/api/profile", undefined, { jar: phone })).status).toBe(401);
    expect((await app.call("GET", "/api/profile", undefined, { jar: laptop })).status).toBe(200);

    expect((await app.call("POST", "/api/auth/sign-out", {}, { jar: laptop })).status).toBe(200);
    expect((await app.call("GET", "/api/profile", undefined, { jar: laptop })).status).toBe(401);
  });

  it("resets a forgotten password by mail and ends the sessions the old one opened", async () => {
    const email = "fay@example.com";
    const jar = await signedIn(app, email, PASSWORD, "198.51.100.8");
    const asked = await app.call(
      "POST",
      "/api/auth/request-password-reset",
      { email, redirectTo: "/reset-password" },
      { ip: "198.51.100.8" },
    );
    expect(asked.status).toBe(200);
    // An unknown address gets the same answer (and no mail).
    const unknown = await app.call(
      "POST",
      "/api/auth/request-password-reset",
      { email: "ghost@example.com", redirectTo: "/reset-password" },
      { ip: "198.51.100.8" },
    );
    expect(unknown.status).toBe(asked.status);
    expect(unknown.text).toBe(asked.text);
    const mail = await app.lastMailTo(email);
    expect(mail.subject).toBe("Reset your followthrough password");
    const token = mail.link.pathname.split("/").at(-1);
    const reset = await app.call(
      "POST",
      "/api/auth/reset-password",
      { token, newPassword: "a brand new passphrase" },
      { ip: "198.51.100.8" },
    );
    expect(reset.status).toBe(200);
    expect((await app.call("GET", "/api/profile", undefined, { jar })).status).toBe(401);
    const old = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email, password: PASSWORD },
      { ip: "198.51.100.8" },
    );
    expect(old.status).toBe(401);
    const fresh = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email, password: "a brand new passphrase" },
      { ip: "198.51.100.81" },
    );
    expect(fresh.status).toBe(200);
    // The token works once.
    const again = await app.call(
      "POST",
      "/api/auth/reset-password",
      { token, newPassword: "yet another passphrase" },
      { ip: "198.51.100.8" },
    );
    expect(again.status).toBe(400);
  });

  it("sets the cookie again when a request extends the session, so the browser keeps it as long as the store", async () => {
    const jar = await signedIn(app, "max@example.com", PASSWORD, "198.51.100.41");
    const id = (
      await app.store.db
        .selectFrom("authUsers")
        .select("id")
        .where("email", "=", "max@example.com")
        .executeTakeFirstOrThrow()
    ).id;
    // Last extended 12 days ago: two days left, past the day (updateAge) after which it is extended.
    const twoDays = new Date(Date.now() + 2 * 86_400_000);
    await app.store.db
      .updateTable("authSessions")
      .set({ expiresAt: twoDays })
      .where("userId", "=", id)
      .execute();
    const before = jar.session;
    const profile = await app.call("GET", "/api/profile", undefined, { jar });
    expect(profile.status).toBe(200);
    const cookie = profile.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toBeDefined();
    const maxAge = Number(/Max-Age=(\d+)/i.exec(cookie ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(13 * 86_400);
    expect(jar.session).toBe(before);
    const stored = await app.store.db
      .selectFrom("authSessions")
      .select("expiresAt")
      .where("userId", "=", id)
      .executeTakeFirstOrThrow();
    expect(new Date(stored.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    // Not due again: the next request sets no cookie.
    const next = await app.call("GET", "/api/profile", undefined, { jar });
    expect(next.headers.getSetCookie().join("")).not.toContain(SESSION_COOKIE);
  });

  it("limits sign-in attempts per address in the database, and says to wait", async () => {
    const ip = "192.0.2.50";
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // A new email each time: the address's limit, not the email's, is what stops these.
      const r = await app.call(
        "POST",
        "/api/auth/sign-in/email",
        { email: `nobody${i}@example.com`, password: "wrong password" },
        { ip },
      );
      statuses.push(r.status);
      if (r.status === 429) {
        expect(r.headers.get("x-retry-after") ?? r.headers.get("retry-after")).toBeTruthy();
        expect(r.text).toMatch(/Too many requests/);
      }
    }
    expect(statuses).toContain(429);
    expect(statuses.indexOf(429)).toBeGreaterThan(0);
    // Another address is not held up.
    const other = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email: "nobody0@example.com", password: "wrong password" },
      { ip: "192.0.2.51" },
    );
    expect(other.status).toBe(401);
    const counters = await app.store.db.selectFrom("authRateLimits").selectAll().execute();
    expect(counters.some((c) => c.key.includes("192.0.2.50"))).toBe(true);
  });

  it("limits sign-in per email from many addresses, known and unknown emails alike, and keeps no address in clear", async () => {
    const known = "hugo@example.com";
    await signedIn(app, known, PASSWORD, "198.51.100.40");
    const attempts = async (email: string, password: string, first: number) => {
      const answers: { status: number; text: string }[] = [];
      for (let i = 0; i < 11; i++) {
        const r = await app.call(
          "POST",
          "/api/auth/sign-in/email",
          { email, password },
          { ip: `203.0.113.${first + i}` },
        );
        answers.push({ status: r.status, text: r.text });
      }
      return answers;
    };
    const knownAnswers = await attempts(known, "not the password", 100);
    const unknownAnswers = await attempts("ian@example.com", "not the password", 150);
    // Ten per email in the window, each from its own address (under any address's limit); the
    // known email's sign-in in signedIn() was one of its ten.
    expect(knownAnswers.map((a) => a.status)).toEqual([...Array(9).fill(401), 429, 429]);
    expect(unknownAnswers.map((a) => a.status)).toEqual([...Array(10).fill(401), 429]);
    expect(knownAnswers[10]?.text).toBe(unknownAnswers[10]?.text);
    expect(knownAnswers[0]?.text).toBe(unknownAnswers[0]?.text);
    // Held even with the right password, until the window ends; the email is spelt any way.
    const right = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email: " HUGO@example.com ", password: PASSWORD },
      { ip: "203.0.113.200" },
    );
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("x-retry-after"))).toBeGreaterThan(60);
    // Another email from the same addresses is not held up.
    const other = await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email: "jo@example.com", password: "not the password" },
      { ip: "203.0.113.100" },
    );
    expect(other.status).toBe(401);
    const keys = (await app.store.db.selectFrom("authRateLimits").select("key").execute()).map(
      (r) => r.key,
    );
    expect(keys.filter((k) => k.startsWith("email:")).length).toBeGreaterThanOrEqual(3);
    expect(keys.some((k) => k.includes("hugo@") || k.includes("ian@"))).toBe(false);
    // The refusals are in the audit log, against the account when the email has one (every
    // account's entries: row-level security shows a query for none only those of no account).
    const refused = await app.store.everyAccount
      .selectFrom("auditLog")
      .select("detail")
      .where("event", "=", "sign-in")
      .where("detail", "=", "HTTP 429")
      .execute();
    expect(refused.length).toBeGreaterThanOrEqual(3);
  });

  it("limits sign-up and reset mails per email from many addresses", async () => {
    const reset = [];
    for (let i = 0; i < 4; i++)
      reset.push(
        (
          await app.call(
            "POST",
            "/api/auth/request-password-reset",
            { email: "kim@example.com", redirectTo: "/reset-password" },
            { ip: `198.18.0.${i + 1}` },
          )
        ).status,
      );
    expect(reset).toEqual([200, 200, 200, 429]);
    const signUp = [];
    for (let i = 0; i < 4; i++)
      signUp.push(
        (
          await app.call(
            "POST",
            "/api/auth/sign-up/email",
            { name: "Lee", email: "lee@example.com", password: PASSWORD },
            { ip: `198.18.1.${i + 1}` },
          )
        ).status,
      );
    expect(signUp[3]).toBe(429);
    expect(signUp.slice(0, 3)).not.toContain(429);
  });

  it("keeps an audit log of sign-ins, refusals and account changes, each account its own", async () => {
    const email = "gus@example.com";
    const jar = await signedIn(app, email, PASSWORD, "198.51.100.10");
    await app.call(
      "POST",
      "/api/auth/sign-in/email",
      { email, password: "wrong password" },
      { ip: "198.51.100.11" },
    );
    const changed = await app.call(
      "POST",
      "/api/auth/change-password",
      {
        currentPassword: PASSWORD,
        newPassword: "another fine passphrase",
        revokeOtherSessions: false,
      },
      { jar, ip: "198.51.100.10" },
    );
    expect(changed.status).toBe(200);
    const audit = await app.call("GET", "/api/account/audit", undefined, { jar });
    expect(audit.status).toBe(200);
    const events = audit.body.map(
      (e: { event: string; outcome: string }) => `${e.event}:${e.outcome}`,
    );
    expect(events).toEqual([
      "password-changed:ok",
      "sign-in:refused",
      "sign-in:ok",
      "email-verified:ok",
      "sign-up:ok",
    ]);
    expect(audit.body[1].ipAddress).toBe("198.51.100.11");
  });

  it("deletes the account and all its data", async () => {
    const email = "hal@example.com";
    const jar = await signedIn(app, email, PASSWORD, "198.51.100.12");
    const put = await app.call(
      "PUT",
      "/api/profile",
      { name: "Hal Jordan", email, timeZone: "Europe/Berlin", country: "DE" },
      { jar },
    );
    expect(put.status).toBe(200);
    const interview = await app.call(
      "POST",
      "/api/interviews",
      {
        company: "Acme",
        role: "Data Engineer",
        at: "2026-11-20T14:00",
        timeZone: "Europe/Berlin",
        timeline: "two weeks",
      },
      { jar },
    );
    expect(interview.status).toBe(201);
    const accountId = (
      await app.store.db
        .selectFrom("authUsers")
        .select("id")
        .where("email", "=", email)
        .executeTakeFirstOrThrow()
    ).id;
    const deleted = await app.call(
      "POST",
      "/api/auth/delete-user",
      { password: PASSWORD },
      { jar, ip: "198.51.100.12" },
    );
    expect(deleted.status).toBe(200);
    for (const table of ["profiles", "companies", "interviews", "actions"] as const) {
      // Every account's rows: row-level security would hide them from a query for none.
      const rows = await app.store.everyAccount
        .selectFrom(table)
        .select("accountId")
        .where("accountId", "=", accountId)
        .execute();
      expect([table, rows.length]).toEqual([table, 0]);
    }
    expect(
      await app.store.everyAccount
        .selectFrom("accounts")
        .where("id", "=", accountId)
        .selectAll()
        .execute(),
    ).toEqual([]);
    expect(
      await app.store.db
        .selectFrom("authSessions")
        .where("userId", "=", accountId)
        .selectAll()
        .execute(),
    ).toEqual([]);
    expect((await app.call("GET", "/api/profile", undefined, { jar })).status).toBe(401);
    const log = await app.store.everyAccount
      .selectFrom("auditLog")
      .select(["event"])
      .where("accountId", "=", accountId)
      .execute();
    expect(log.map((l) => l.event)).toEqual(["account-deleted"]);
  });
});

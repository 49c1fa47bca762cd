import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canReachPostgres } from "../support/test-store.js";
import { type HostedApp, openHostedApp, PUBLIC_ORIGIN, signedIn } from "./hosted-test-app.js";

// The ceremonies themselves (a real authenticator's signatures) are tested in chromium with a
// virtual authenticator (tests/e2e/hosted-passkey.test.ts); here: what the server asks for, and
// that one account never sees, names or removes another's passkey.
describe.runIf(await canReachPostgres())("hosted mode: passkeys (PostgreSQL)", () => {
  let app: HostedApp;
  beforeAll(async () => {
    app = await openHostedApp();
  });
  afterAll(() => app.close());

  const addPasskeyRow = async (accountId: string, id: string) => {
    await app.store.db
      .insertInto("authPasskeys")
      .values({
        id,
        accountId,
        name: `${id} name`,
        publicKey: "cHVibGljLWtleQ",
        credentialId: `${id}-credential`,
        counter: 0,
        deviceType: "singleDevice",
        backedUp: false,
        transports: "internal",
        aaguid: null,
        createdAt: new Date(),
      })
      .execute();
  };

  it("asks a signed-in person's device for a resident, verified passkey of this origin's host", async () => {
    const jar = await signedIn(app, "pia@example.com", undefined, "198.51.100.30");
    const options = await app.call(
      "GET",
      "/api/auth/passkey/generate-register-options",
      undefined,
      {
        jar,
      },
    );
    expect(options.status).toBe(200);
    expect(options.body.rp).toEqual({ name: "followthrough", id: new URL(PUBLIC_ORIGIN).hostname });
    expect(options.body.authenticatorSelection).toMatchObject({
      residentKey: "required",
      userVerification: "required",
    });
    expect(options.body.user.name).toBe("pia@example.com");
    // Without a session there is nobody to make a passkey for.
    const anonymous = await app.call("GET", "/api/auth/passkey/generate-register-options");
    expect(anonymous.status).toBe(401);
    // Signing in with one starts without a session, for any passkey of this host.
    const signIn = await app.call("GET", "/api/auth/passkey/generate-authenticate-options");
    expect(signIn.status).toBe(200);
    expect(signIn.body.rpId).toBe(new URL(PUBLIC_ORIGIN).hostname);
    expect(signIn.body.challenge).toEqual(expect.any(String));
  });

  it("lists only the account's own passkeys; another's is neither renamed nor removed", async () => {
    const ana = await signedIn(app, "ana.pk@example.com", undefined, "198.51.100.31");
    const ben = await signedIn(app, "ben.pk@example.com", undefined, "198.51.100.32");
    const anaId = (
      await app.store.db
        .selectFrom("authUsers")
        .select("id")
        .where("email", "=", "ana.pk@example.com")
        .executeTakeFirstOrThrow()
    ).id;
    await addPasskeyRow(anaId, "pk-ana");

    const anaList = await app.call("GET", "/api/auth/passkey/list-user-passkeys", undefined, {
      jar: ana,
    });
    expect(anaList.status).toBe(200);
    expect(anaList.body.map((p: { id: string }) => p.id)).toEqual(["pk-ana"]);
    const benList = await app.call("GET", "/api/auth/passkey/list-user-passkeys", undefined, {
      jar: ben,
    });
    expect(benList.body).toEqual([]);

    const rename = await app.call(
      "POST",
      "/api/auth/passkey/update-passkey",
      { id: "pk-ana", name: "mine now" },
      { jar: ben },
    );
    expect(rename.status).toBeGreaterThanOrEqual(400);
    const remove = await app.call(
      "POST",
      "/api/auth/passkey/delete-passkey",
      { id: "pk-ana" },
      { jar: ben },
    );
    expect(remove.status).toBeGreaterThanOrEqual(400);
    const kept = await app.store.db
      .selectFrom("authPasskeys")
      .select(["name"])
      .where("id", "=", "pk-ana")
      .executeTakeFirst();
    expect(kept).toEqual({ name: "pk-ana name" });

    const own = await app.call(
      "POST",
      "/api/auth/passkey/delete-passkey",
      { id: "pk-ana" },
      { jar: ana },
    );
    expect(own.status).toBe(200);
    const left = await app.store.db.selectFrom("authPasskeys").select("id").execute();
    expect(left.map((r) => r.id)).not.toContain("pk-ana");
    const audit = await app.store.db
      .selectFrom("auditLog")
      .select(["event", "outcome", "accountId"])
      .where("event", "=", "passkey-removed")
      .execute();
    expect(audit).toContainEqual({ event: "passkey-removed", outcome: "ok", accountId: anaId });
    expect(audit).toContainEqual(expect.objectContaining({ outcome: "refused" }));
  });

  it("refuses a sign-in with a passkey answer that no challenge was made for", async () => {
    const refused = await app.call(
      "POST",
      "/api/auth/passkey/verify-authentication",
      { response: { id: "pk-none-credential", rawId: "x", type: "public-key", response: {} } },
      { ip: "198.51.100.33" },
    );
    expect(refused.status).toBe(400);
    expect(refused.headers.getSetCookie().join("")).not.toContain("session_token");
  });

  it("goes with the account when it is deleted", async () => {
    const jar = await signedIn(app, "cy.pk@example.com", undefined, "198.51.100.34");
    const id = (
      await app.store.db
        .selectFrom("authUsers")
        .select("id")
        .where("email", "=", "cy.pk@example.com")
        .executeTakeFirstOrThrow()
    ).id;
    await addPasskeyRow(id, "pk-cy");
    const deleted = await app.call(
      "POST",
      "/api/auth/delete-user",
      { password: "correct horse battery staple" },
      { jar },
    );
    expect(deleted.status).toBe(200);
    const rows = await app.store.db
      .selectFrom("authPasskeys")
      .select("id")
      .where("accountId", "=", id)
      .execute();
    expect(rows).toEqual([]);
  });
});

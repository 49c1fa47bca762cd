import { randomBytes } from "node:crypto";
import { ImapFlow } from "imapflow";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UTF7_MESSAGE } from "../../src/core/mail/mail.fixtures.js";
import { AppError } from "../../src/errors/app-error.js";
import { listActionsOfInterviews } from "../../src/store/repositories/action.repository.js";
import { listCorrespondence } from "../../src/store/repositories/correspondence.repository.js";
import { listEventsOfInterviews } from "../../src/store/repositories/event.repository.js";
import { findImapSyncState } from "../../src/store/repositories/imap-state.repository.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { logCorrespondence } from "../../src/use-cases/correspondence/log-correspondence.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { setImapSettings } from "../../src/use-cases/mail/set-imap-settings.js";
import { syncImap } from "../../src/use-cases/mail/sync-imap.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { snapshotStore } from "../support/count-rows.js";
import { type Dovecot, dovecotAvailable, freePort, startDovecot } from "../support/dovecot.js";
import {
  canReachPostgres,
  openTestStore,
  STORE_KINDS,
  type TestStore,
} from "../support/test-store.js";

const hasDovecot = dovecotAvailable();
const KEY = randomBytes(32);

function mail(headers: Record<string, string>, body: string): string {
  return `${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n")}\r\n\r\n${body}\r\n`;
}

function newsletter(n: number): string {
  return mail(
    {
      From: "news@shop.example",
      To: "ana@example.com",
      Subject: `Offer ${n}`,
      Date: "Sat, 21 Nov 2026 08:00:00 +0000",
      "Message-ID": `<offer-${n}@shop.example>`,
    },
    "Not about a job.",
  );
}

const REPLY = mail(
  {
    From: "Dana Whitfield <dana@acme.example>",
    To: "ana@example.com",
    Subject: "Re: Thank you",
    Date: "Fri, 27 Nov 2026 09:30:00 +0000",
    "Message-ID": "<reply-dana@acme.example>",
    "In-Reply-To": "<thanks-1@ana.example>",
    References: "<thanks-1@ana.example>",
  },
  "Hi Ana,\r\n\r\nthank you. We are still interviewing and will decide in two weeks.\r\n\r\nDana",
);

describe.skipIf(!hasDovecot).each(STORE_KINDS)("imap sync on %s (R16)", (kind) => {
  let dovecot: Dovecot;
  let client: ImapFlow;
  let t: TestStore;
  let skip = false;
  let folder: string;
  let folders = 0;

  beforeAll(async () => {
    dovecot = await startDovecot();
    client = new ImapFlow({
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      auth: { user: dovecot.user, pass: dovecot.password },
      logger: false,
    });
    await client.connect();
  });
  afterAll(async () => {
    await client?.logout().catch(() => undefined);
    await dovecot?.stop();
  });
  beforeEach(async (context) => {
    if (kind === "postgres" && !(await canReachPostgres())) {
      skip = true;
      context.skip();
    }
    t = await openTestStore(kind, "2026-11-30T12:00:00.000Z");
    folders += 1;
    folder = `Test${folders}`;
    await client.mailboxCreate(folder);
  });
  afterEach(async () => {
    if (!skip) await t.cleanup();
  });

  async function place(messages: string[]) {
    for (const raw of messages) await client.append(folder, raw);
  }

  async function seed(password = dovecot.password, port = dovecot.port) {
    await setProfile(t.ctx, {
      name: "Ana Ruiz",
      email: "ana@example.com",
      timeZone: "Europe/London",
      country: "GB",
    });
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-18T10:00",
      timeZone: "Europe/London",
      timeline: "one week",
    });
    const dana = await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
    });
    await logCorrespondence(t.ctx, {
      interviewId: interview.id,
      direction: "out",
      channel: "email",
      at: "2026-11-18T18:00:00Z",
      contactIds: [dana.id],
      subject: "Thank you",
      body: "Thank you, Dana.",
      messageId: "<thanks-1@ana.example>",
    });
    await setImapSettings(
      t.ctx,
      {
        host: dovecot.host,
        port,
        username: dovecot.user,
        password,
        insecure: true,
        mailboxes: [folder],
      },
      KEY,
    );
    return { interview, dana };
  }

  it("finds a reply, logs it in full, cancels the pending check-in; a second sync fetches nothing", async () => {
    const { interview, dana } = await seed();
    const openCheckIns = async () =>
      (await listActionsOfInterviews(t.ctx.db, t.ctx.accountId, [interview.id])).filter(
        (a) => a.kind === "check-in" && ["planned", "drafted", "approved"].includes(a.status),
      );
    const checkIn = (await openCheckIns())[0];
    expect(checkIn).toBeDefined();

    await place([newsletter(1), REPLY, newsletter(2)]);
    const first = await syncImap(t.ctx, { secretKey: KEY });
    expect(first.mailboxes).toHaveLength(1);
    expect(first.mailboxes[0]).toMatchObject({
      mailbox: folder,
      fetched: 3,
      duplicates: 0,
      unrelated: 2,
      restarted: false,
    });
    expect(first.mailboxes[0]?.stored.map((s) => [s.direction, s.interviewId, s.subject])).toEqual([
      ["in", interview.id, "Re: Thank you"],
    ]);

    const logged = (await listCorrespondence(t.ctx.db, t.ctx.accountId)).find(
      (c) => c.messageId === "<reply-dana@acme.example>",
    );
    expect(logged).toMatchObject({
      direction: "in",
      contactIds: [dana.id],
      inReplyTo: "<thanks-1@ana.example>",
      occurredAt: "2026-11-27T09:30:00.000Z",
      body: "Hi Ana,\n\nthank you. We are still interviewing and will decide in two weeks.\n\nDana",
    });
    const events = await listEventsOfInterviews(t.ctx.db, t.ctx.accountId, [interview.id]);
    expect(events.map((e) => [e.kind, e.contactId])).toEqual([["reply", dana.id]]);
    // R16: the answer cancels the check-in that was waiting for it.
    // R16: the check-in that was waiting for an answer no longer waits: the planner cancels it
    // or moves it a week past the reply, saying so.
    const after = (await listActionsOfInterviews(t.ctx.db, t.ctx.accountId, [interview.id])).find(
      (a) => a.id === checkIn?.id,
    );
    const stillPending = await openCheckIns();
    expect(stillPending.filter((a) => a.window.due === checkIn?.window.due)).toEqual([]);
    if (after?.status !== "cancelled") {
      expect(Date.parse(after?.window.due ?? "")).toBeGreaterThan(
        Date.parse("2026-11-27T09:30:00Z"),
      );
      expect(after?.why).toMatch(/R16/);
    }

    const before = await snapshotStore(t.store);
    const second = await syncImap(t.ctx, { secretKey: KEY });
    expect(second.mailboxes[0]).toMatchObject({ fetched: 0, stored: [], duplicates: 0 });
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("logs mail from before the interview without counting it as a reply, and reads legacy mail (R16, R25)", async () => {
    const { interview, dana } = await seed();
    const plan = async () =>
      (await listActionsOfInterviews(t.ctx.db, t.ctx.accountId, [interview.id])).map((a) => [
        a.id,
        a.status,
        a.window.due,
      ]);
    const planned = await plan();
    const old = mail(
      {
        From: "Dana Whitfield <dana@acme.example>",
        To: "ana@example.com",
        Subject: "Coffee?",
        Date: "Tue, 14 Mar 2023 09:00:00 +0000",
        "Message-ID": "<old-2023@acme.example>",
      },
      "Years ago: shall we have coffee?",
    );
    await place([old]);
    const first = await syncImap(t.ctx, { secretKey: KEY });
    expect(first.mailboxes[0]?.stored.map((s) => [s.subject, s.beforeInterview])).toEqual([
      ["Coffee?", true],
    ]);
    expect(
      (await listCorrespondence(t.ctx.db, t.ctx.accountId)).find(
        (c) => c.messageId === "<old-2023@acme.example>",
      ),
    ).toMatchObject({
      interviewId: interview.id,
      contactIds: [dana.id],
      occurredAt: "2023-03-14T09:00:00.000Z",
    });
    // Logged, but no reply: no event, and every follow-up stays as planned.
    const replies = async () =>
      (await listEventsOfInterviews(t.ctx.db, t.ctx.accountId, [interview.id]))
        .filter((e) => e.kind === "reply")
        .map((e) => e.occurredAt);
    expect(await replies()).toEqual([]);
    expect(await plan()).toEqual(planned);

    // A UTF-7 message after the interview is read right and is a reply.
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Jörg Müller",
      email: "joerg.mueller@acme.example",
    });
    await place([UTF7_MESSAGE.toString("latin1").replace(/globex/g, "acme")]);
    const second = await syncImap(t.ctx, { secretKey: KEY });
    expect(second.mailboxes[0]?.stored.map((s) => [s.subject, s.beforeInterview])).toEqual([
      ["Grüße aus München", false],
    ]);
    const utf7 = (await listCorrespondence(t.ctx.db, t.ctx.accountId)).find(
      (c) => c.messageId === "<utf7-1@acme.example>",
    );
    expect(utf7?.body).toContain("die Frösche im Teich grüßen Sie & wir melden uns bis Freitag.");
    expect(await replies()).toEqual(["2026-11-24T15:20:00.000Z"]);
  });

  it("commits batch by batch with progress, and resumes after an interruption", async () => {
    await seed();
    await place([newsletter(1), newsletter(2), REPLY, newsletter(3), newsletter(4)]);
    const seen: string[] = [];
    const crash = new Error("interrupted");
    const interrupted = await syncImap(t.ctx, {
      secretKey: KEY,
      batchSize: 2,
      onProgress: ({ done, total }) => {
        seen.push(`${done}/${total}`);
        if (done === 2) throw crash;
      },
    }).catch((e: unknown) => e);
    expect(interrupted).toBe(crash);
    expect(seen).toEqual(["0/5", "2/5"]);
    expect((await findImapSyncState(t.ctx.db, t.ctx.accountId, folder))?.lastUid).toBe(2);

    const progress: string[] = [];
    const resumed = await syncImap(t.ctx, {
      secretKey: KEY,
      batchSize: 2,
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
    });
    expect(progress).toEqual(["0/3", "2/3", "3/3"]);
    expect(resumed.mailboxes[0]).toMatchObject({ fetched: 3, unrelated: 2 });
    expect(resumed.mailboxes[0]?.stored).toHaveLength(1);
    expect((await findImapSyncState(t.ctx.db, t.ctx.accountId, folder))?.lastUid).toBe(5);
  });

  it("reads a mailbox again when its UIDVALIDITY changes, without logging anything twice", async () => {
    await seed();
    await place([REPLY]);
    expect((await syncImap(t.ctx, { secretKey: KEY })).mailboxes[0]?.stored).toHaveLength(1);
    const validity = (await findImapSyncState(t.ctx.db, t.ctx.accountId, folder))?.uidValidity;
    await client.mailboxDelete(folder);
    await client.mailboxCreate(folder);
    await place([REPLY, newsletter(1)]);
    const again = await syncImap(t.ctx, { secretKey: KEY });
    expect(again.mailboxes[0]).toMatchObject({
      restarted: true,
      fetched: 2,
      duplicates: 1,
      unrelated: 1,
      stored: [],
    });
    expect((await findImapSyncState(t.ctx.db, t.ctx.accountId, folder))?.uidValidity).not.toBe(
      validity,
    );
  });

  it("stores the password encrypted, never in clear", async () => {
    await seed();
    const rows = await t.store.db
      .withTables<{ imapSettings: { passwordEncrypted: string; username: string } }>()
      .selectFrom("imapSettings")
      .select(["passwordEncrypted", "username"])
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.passwordEncrypted).not.toContain(dovecot.password);
    expect(rows[0]?.passwordEncrypted).toMatch(/^v1:/);
  });

  it("says clearly when the password is wrong, the server is unreachable or the key changed, and loses nothing", async () => {
    const cases: [() => Promise<void>, Buffer, string, string, RegExp][] = [
      [
        async () => void (await seed("wrong-password")),
        KEY,
        "INVALID_INPUT",
        "password",
        /refused the login of ana/,
      ],
      [
        async () => void (await seed(dovecot.password, await freePort())),
        KEY,
        "EXTERNAL_FAILURE",
        "host",
        /Cannot reach the IMAP server 127\.0\.0\.1:\d+/,
      ],
      [
        async () => void (await seed()),
        randomBytes(32),
        "INVALID_INPUT",
        "secret-key",
        /cannot be decrypted/,
      ],
    ];
    let first = true;
    for (const [arrange, key, code, field, message] of cases) {
      if (!first) {
        await t.cleanup();
        t = await openTestStore(kind, "2026-11-30T12:00:00.000Z");
      }
      first = false;
      await arrange();
      await place([REPLY]);
      const before = await snapshotStore(t.store);
      const error = await syncImap(t.ctx, { secretKey: key }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect([(error as AppError).code, (error as AppError).field]).toEqual([code, field]);
      expect((error as AppError).message).toMatch(message);
      expect(await snapshotStore(t.store)).toEqual(before);
      expect(await findImapSyncState(t.ctx.db, t.ctx.accountId, folder)).toBeNull();
    }
  });

  it("refuses to sync before a mailbox is set, and a mailbox that does not exist", async () => {
    const none = await syncImap(t.ctx, { secretKey: KEY }).catch((e: unknown) => e);
    expect((none as AppError).field).toBe("imap");
    await seed();
    await setImapSettings(
      t.ctx,
      {
        host: dovecot.host,
        port: dovecot.port,
        username: dovecot.user,
        password: dovecot.password,
        insecure: true,
        mailboxes: ["NoSuchFolder"],
      },
      KEY,
    );
    const missing = await syncImap(t.ctx, { secretKey: KEY }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(AppError);
    expect([(missing as AppError).code, (missing as AppError).field]).toEqual([
      "INVALID_INPUT",
      "mailbox",
    ]);
  });
});

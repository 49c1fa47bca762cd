import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSmtpSender, type SmtpSender } from "../../src/delivery/smtp/smtp-sender.js";
import { AppError } from "../../src/errors/app-error.js";
import { getAction } from "../../src/store/repositories/action.repository.js";
import { listCorrespondence } from "../../src/store/repositories/correspondence.repository.js";
import {
  claimNextDue,
  getOutboxEntry,
  listOutboxEntries,
} from "../../src/store/repositories/outbox.repository.js";
import { findSmtpSettings } from "../../src/store/repositories/smtp-settings.repository.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { skipAction } from "../../src/use-cases/planning/change-action-status.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { approveAndQueue } from "../../src/use-cases/sending/approve-and-queue.js";
import { type DeliveryDeps, deliverNext } from "../../src/use-cases/sending/deliver-next.js";
import { queueMorningDigest } from "../../src/use-cases/sending/queue-morning-digest.js";
import { sendAction } from "../../src/use-cases/sending/send-action.js";
import { setSmtpSettings } from "../../src/use-cases/sending/set-smtp-settings.js";
import { testSmtpSettings } from "../../src/use-cases/sending/test-smtp-settings.js";
import { closedPort, parseMessage, type SmtpSink, startSmtpSink } from "../delivery/smtp-sink.js";
import { snapshotStore } from "../support/count-rows.js";
import {
  canReachPostgres,
  openTestStore,
  STORE_KINDS,
  type TestStore,
} from "../support/test-store.js";

// Friday 20 Nov 2026, 17:00 in New York: after business hours, before the weekend.
const NOW = "2026-11-20T22:00:00.000Z";
const MONDAY_OPENS = "2026-11-23T14:00:00.000Z";

async function appError(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(STORE_KINDS)("sending exactly once on %s", (kind) => {
  let t: TestStore;
  let sink: SmtpSink | undefined;
  let sender: SmtpSender;
  let skip = false;
  const key = randomBytes(32);

  beforeEach(async (context) => {
    if (kind === "postgres" && !(await canReachPostgres())) {
      skip = true;
      context.skip();
    }
    t = await openTestStore(kind, NOW);
    sender = createSmtpSender(key, { timeoutMs: 3000 });
    await setProfile(t.ctx, {
      name: "Ana Ruiz",
      email: "ana@example.org",
      timeZone: "America/New_York",
      country: "US",
    });
  });
  afterEach(async () => {
    sender?.close();
    await sink?.close();
    sink = undefined;
    if (!skip) await t.cleanup();
  });

  const deps = (): DeliveryDeps => ({
    kind,
    sender,
    workerId: "test-worker",
    leaseMs: 60_000,
    random: () => 0.5,
  });

  async function withSink(options: Parameters<typeof startSmtpSink>[0] = {}, password?: string) {
    sink = await startSmtpSink(options);
    await setSmtpSettings(t.ctx, key, {
      host: "127.0.0.1",
      port: sink.port,
      user: sink.user,
      password: password ?? sink.password,
      insecure: true,
    });
    return sink;
  }

  /** An interview with Dana, who has an email address: the planner owes her a thank-you (R6). */
  async function thankYouAction(email: string | null = "dana@acme.example"): Promise<string> {
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T10:00",
      timeZone: "America/New_York",
    });
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email,
      role: "hiring-manager",
    });
    const plan = await showPlan(t.ctx, interview.id);
    const action = plan.find((a) => a.kind === "thank-you-email");
    if (!action) throw new Error(`no thank-you email planned: ${JSON.stringify(plan)}`);
    return action.id;
  }

  it("sends an approved message once, with its Message-ID, and logs it as correspondence (R25)", async () => {
    const received = await withSink();
    const actionId = await thankYouAction();
    const first = await sendAction(t.ctx, deps(), { actionId, at: "now" });
    expect(first.created).toBe(true);
    expect(first.entry.state).toBe("sent");
    expect(received.accepted).toHaveLength(1);
    const mail = await parseMessage(received.accepted[0]?.raw ?? "");
    expect(mail.to?.[0]?.address).toBe("dana@acme.example");
    expect(mail.subject).toBe(first.entry.subject);
    expect(mail.messageId).toBe(`<${first.entry.messageId}>`);
    expect(received.accepted[0]?.to).toEqual(["dana@acme.example"]);

    const records = await listCorrespondence(t.store.db, t.ctx.accountId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      direction: "out",
      channel: "email",
      actionId,
      messageId: `<${first.entry.messageId}>`,
      subject: first.entry.subject,
    });
    const action = await getAction(t.store.db, t.ctx.accountId, actionId);
    expect(action?.status).toBe("sent");
    expect(action?.correspondenceId).toBe(records[0]?.id);

    // The same action again: the stored state comes back, nothing is sent.
    const again = await sendAction(t.ctx, deps(), { actionId, at: "now" });
    expect(again.created).toBe(false);
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.entry.state).toBe("sent");
    expect(received.accepted).toHaveLength(1);
    expect(await listCorrespondence(t.store.db, t.ctx.accountId)).toHaveLength(1);
  });

  it("waits for the recipient's business hours by default, then the worker sends it", async () => {
    const received = await withSink();
    const actionId = await thankYouAction();
    const { entry } = await sendAction(t.ctx, deps(), { actionId });
    expect(entry.state).toBe("queued");
    expect(entry.sendAt).toBe(MONDAY_OPENS);
    expect((await getAction(t.store.db, t.ctx.accountId, actionId))?.status).toBe("approved");
    expect(await deliverNext(t.ctx, deps())).toBeNull();
    expect(received.accepted).toHaveLength(0);

    t.clock.now = MONDAY_OPENS;
    const outcome = await deliverNext(t.ctx, deps());
    expect(outcome?.result).toBe("sent");
    expect(received.accepted).toHaveLength(1);
    expect(await deliverNext(t.ctx, deps())).toBeNull();
  });

  it("retries a temporary failure (451) with back-off and delivers once", async () => {
    const received = await withSink({ failFirst: 1 });
    const actionId = await thankYouAction();
    const { entry } = await sendAction(t.ctx, deps(), { actionId, at: "now" });
    expect(entry.state).toBe("queued");
    expect(entry.attempts).toBe(1);
    expect(entry.lastError).toMatch(/451/);
    expect(entry.nextAttemptAt > NOW).toBe(true);
    // Not before the back-off has passed.
    expect(await deliverNext(t.ctx, deps())).toBeNull();
    t.clock.now = entry.nextAttemptAt;
    const outcome = await deliverNext(t.ctx, deps());
    expect(outcome?.result).toBe("sent");
    expect(outcome?.entry.attempts).toBe(2);
    expect(received.refused).toBe(1);
    expect(received.accepted).toHaveLength(1);
    expect(received.accepted[0]?.messageId).toBe(`<${entry.messageId}>`);
  });

  it("reports a permanent failure (550) with the reason and does not retry", async () => {
    const received = await withSink({ rejectAll: true });
    const actionId = await thankYouAction();
    const { entry } = await sendAction(t.ctx, deps(), { actionId, at: "now" });
    expect(entry.state).toBe("failed");
    expect(entry.lastError).toMatch(/550/);
    expect(entry.lastError).toMatch(/refused the message/);
    t.clock.now = "2026-11-27T12:00:00.000Z";
    expect(await deliverNext(t.ctx, deps())).toBeNull();
    expect(received.refused).toBe(1);
    expect(received.accepted).toHaveLength(0);
    // The action stays approved, the message stays on record.
    expect((await getAction(t.store.db, t.ctx.accountId, actionId))?.status).toBe("approved");
    expect(await listOutboxEntries(t.store.db, t.ctx.accountId)).toHaveLength(1);
  });

  it("refuses wrong credentials clearly, in `smtp test` and when sending", async () => {
    const received = await withSink({}, "wrong password");
    const error = await appError(testSmtpSettings(t.ctx, sender));
    expect(error.code).toBe("EXTERNAL_FAILURE");
    expect(error.message).toMatch(/user name or password/);
    expect(error.message).toMatch(/535/);
    const actionId = await thankYouAction();
    const { entry } = await sendAction(t.ctx, deps(), { actionId, at: "now" });
    expect(entry.state).toBe("failed");
    expect(entry.lastError).toMatch(/user name or password/);
    expect(received.accepted).toHaveLength(0);

    // Fixed settings, same action again: the failed message is queued again and sent, once.
    await setSmtpSettings(t.ctx, key, {
      host: "127.0.0.1",
      port: received.port,
      user: received.user,
      password: received.password,
      insecure: true,
    });
    await testSmtpSettings(t.ctx, sender);
    const retried = await sendAction(t.ctx, deps(), { actionId, at: "now" });
    expect(retried.entry.state).toBe("sent");
    expect(retried.entry.messageId).toBe(entry.messageId);
    expect(received.accepted).toHaveLength(1);
  });

  it("reports an unreachable server clearly and keeps the message queued for a retry", async () => {
    const port = await closedPort();
    await setSmtpSettings(t.ctx, key, {
      host: "127.0.0.1",
      port,
      user: "ana@example.org",
      password: "x",
      insecure: true,
    });
    const error = await appError(testSmtpSettings(t.ctx, sender));
    expect(error.code).toBe("EXTERNAL_FAILURE");
    expect(error.message).toMatch(/Cannot reach the SMTP server/);
    const actionId = await thankYouAction();
    const { entry } = await sendAction(t.ctx, deps(), { actionId, at: "now" });
    expect(entry.state).toBe("queued");
    expect(entry.lastError).toMatch(/Cannot reach/);
    expect(entry.attempts).toBe(1);
  });

  it("gives up as failed after the last temporary failure", async () => {
    const received = await withSink({ failFirst: 100 });
    const actionId = await thankYouAction();
    let { entry } = await sendAction(t.ctx, deps(), { actionId, at: "now" });
    for (let i = 0; i < 10 && entry.state === "queued"; i++) {
      t.clock.now = entry.nextAttemptAt;
      entry = (await deliverNext(t.ctx, deps()))?.entry ?? entry;
    }
    expect(entry.state).toBe("failed");
    expect(entry.lastError).toMatch(/451.*still failing after 6 attempts/);
    expect(received.refused).toBe(6);
  });

  it("refuses header injection and a contact without an email, writing nothing", async () => {
    await withSink();
    const actionId = await thankYouAction();
    const before = await snapshotStore(t.store);
    const injected = await appError(
      approveAndQueue(t.ctx, {
        actionId,
        at: "now",
        subject: "Thank you\r\nBcc: everyone@example.org",
        body: "Hello",
      }),
    );
    expect(injected.code).toBe("INVALID_INPUT");
    expect(injected.field).toBe("subject");
    expect(injected.message).toMatch(/line break/);
    expect(await snapshotStore(t.store)).toEqual(before);
    expect(await listOutboxEntries(t.store.db, t.ctx.accountId)).toHaveLength(0);

    const { interview } = await addInterview(t.ctx, {
      company: "Birch",
      role: "Analyst",
      at: "2026-11-20T11:00",
      timeZone: "America/New_York",
    });
    await addContact(t.ctx, { interviewId: interview.id, name: "Lee Park", role: "interviewer" });
    const noEmail = (await showPlan(t.ctx, interview.id)).find((a) => a.kind === "thank-you-email");
    if (noEmail) {
      const error = await appError(sendAction(t.ctx, deps(), { actionId: noEmail.id, at: "now" }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.message).toMatch(/Lee Park has no email address/);
    }
    expect(await listOutboxEntries(t.store.db, t.ctx.accountId)).toHaveLength(0);
    expect(sink?.accepted).toHaveLength(0);
  });

  it("after a crash before sending, the lease runs out and the message goes out once", async () => {
    const received = await withSink();
    const actionId = await thankYouAction();
    const { entry } = await approveAndQueue(t.ctx, {
      actionId,
      at: "now",
      subject: "Thank you",
      body: "Thank you for your time.",
    });
    // A worker claims it and dies before it talks to the server.
    const leaseUntil = "2026-11-20T22:01:00.000Z";
    const claimed = await claimNextDue(t.store.db, kind, {
      workerId: "dead",
      now: NOW,
      leaseUntil,
    });
    expect(claimed?.id).toBe(entry.id);
    expect(await deliverNext(t.ctx, deps())).toBeNull(); // leased: nobody else may take it
    t.clock.now = "2026-11-20T22:01:00.001Z";
    const outcome = await deliverNext(t.ctx, deps());
    expect(outcome?.result).toBe("sent");
    expect(received.accepted.map((m) => m.messageId)).toEqual([`<${entry.messageId}>`]);
  });

  it("after a crash between acceptance and recording, the re-send carries the same Message-ID and is recorded once", async () => {
    const received = await withSink();
    const actionId = await thankYouAction();
    const { entry } = await approveAndQueue(t.ctx, {
      actionId,
      at: "now",
      subject: "Thank you",
      body: "Thank you for your time.",
    });
    const leaseUntil = "2026-11-20T22:01:00.000Z";
    const claimed = await claimNextDue(t.store.db, kind, {
      workerId: "dead",
      now: NOW,
      leaseUntil,
    });
    // The dead worker's message reached the server; its process died before recording it.
    const settings = await findSmtpSettings(t.store.db, t.ctx.accountId);
    if (!claimed || !settings) throw new Error("claim and settings expected");
    await sender.send(
      t.ctx.accountId,
      settings,
      { from: claimed.fromAddress, to: claimed.toAddress },
      claimed.raw,
    );
    t.clock.now = "2026-11-20T22:01:00.001Z";
    expect((await deliverNext(t.ctx, deps()))?.result).toBe("sent");
    // The one duplicate the design allows: byte-identical, same Message-ID, so it can be deduped.
    expect(received.accepted).toHaveLength(2);
    expect(new Set(received.accepted.map((m) => m.messageId))).toEqual(
      new Set([`<${entry.messageId}>`]),
    );
    expect(received.accepted[0]?.raw).toBe(received.accepted[1]?.raw);
    expect(await listCorrespondence(t.store.db, t.ctx.accountId)).toHaveLength(1);
    expect((await getOutboxEntry(t.store.db, t.ctx.accountId, entry.id))?.state).toBe("sent");
  });

  it("does not send a queued message whose action was skipped meanwhile", async () => {
    const received = await withSink();
    const actionId = await thankYouAction();
    const { entry } = await sendAction(t.ctx, deps(), { actionId });
    expect(entry.state).toBe("queued");
    await skipAction(t.ctx, actionId, { reason: "Called her instead" });
    t.clock.now = MONDAY_OPENS;
    const outcome = await deliverNext(t.ctx, deps());
    expect(outcome?.result).toBe("cancelled");
    expect(outcome?.entry.lastError).toMatch(/skipped/);
    expect(received.accepted).toHaveLength(0);
  });

  it("keeps the SMTP password encrypted at rest", async () => {
    await withSink();
    const row = await t.store.db.selectFrom("smtpSettings").selectAll().executeTakeFirstOrThrow();
    expect(row.passwordEncrypted).not.toContain("s3cret");
    expect(row.passwordEncrypted).toMatch(/^v1:/);
    expect(row.secureMode).toBe("plain");
  });

  it("queues the morning digest once a day and sends it to the user", async () => {
    const received = await withSink();
    await setSmtpSettings(t.ctx, key, {
      host: "127.0.0.1",
      port: received.port,
      user: received.user,
      password: received.password,
      insecure: true,
      digest: true,
      digestHour: 7,
    });
    await thankYouAction();
    t.clock.now = "2026-11-23T11:00:00.000Z"; // Monday 06:00 in New York: too early
    expect(await queueMorningDigest(t.ctx)).toBeNull();
    t.clock.now = "2026-11-23T12:30:00.000Z"; // 07:30
    const digest = await queueMorningDigest(t.ctx);
    expect(digest?.idempotencyKey).toBe("digest:2026-11-23");
    expect(await queueMorningDigest(t.ctx)).toBeNull();
    expect((await deliverNext(t.ctx, deps()))?.result).toBe("sent");
    const mail = await parseMessage(received.accepted[0]?.raw ?? "");
    expect(mail.to?.[0]?.address).toBe("ana@example.org");
    expect(mail.text).toMatch(/thank-you-email to Dana Whitfield/);
  });
});

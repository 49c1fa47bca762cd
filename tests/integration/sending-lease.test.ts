import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createSmtpSender, type SmtpSender } from "../../src/delivery/smtp/smtp-sender.js";
import { listCorrespondence } from "../../src/store/repositories/correspondence.repository.js";
import {
  claimNextDue,
  countOutboxByState,
  getOutboxEntry,
  listOutboxEntries,
} from "../../src/store/repositories/outbox.repository.js";
import { startWorker, type WorkerOptions } from "../../src/transports/worker/start-worker.js";
import {
  type DeliveryDeps,
  type DeliveryStep,
  deliverNext,
} from "../../src/use-cases/sending/deliver-next.js";
import { recordSent } from "../../src/use-cases/sending/record-sent.js";
import { setSmtpSettings } from "../../src/use-cases/sending/set-smtp-settings.js";
import { explainCopies } from "../delivery/copy-windows.js";
import { seedApprovedMessages } from "../delivery/seed-approved.js";
import { type SlowProxy, startSlowProxy } from "../delivery/slow-smtp-proxy.js";
import { type SinkOptions, type SmtpSink, startSmtpSink } from "../delivery/smtp-sink.js";
import { STORE_KINDS, type TestStore } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

interface Step extends DeliveryStep {
  worker: string;
  atMs: number;
}

// The lease while a message is in hand: renewed while a slow server takes longer than a lease,
// held while a failing record write is tried again, and never written over once it is lost.
describe.each(STORE_KINDS)("the worker's lease on %s", (kind) => {
  const t = useTestStore(kind, new Date().toISOString());
  const key = randomBytes(32);
  let sink: SmtpSink | undefined;
  let proxy: SlowProxy | undefined;
  let sender: SmtpSender | undefined;
  const stops: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
    sender?.close();
    await proxy?.close();
    await sink?.close();
    proxy = undefined;
    sink = undefined;
  });

  /** A sink (behind a slow proxy when `delayMs`) set up as the account's SMTP server. */
  async function smtpServer(options: SinkOptions & { delayMs?: number } = {}): Promise<SmtpSink> {
    sink = await startSmtpSink(options);
    if (options.delayMs) proxy = await startSlowProxy(sink.port, options.delayMs);
    await setSmtpSettings(t.ctx, key, {
      host: "127.0.0.1",
      port: proxy?.port ?? sink.port,
      user: sink.user,
      password: sink.password,
      insecure: true,
    });
    return sink;
  }

  /** Two workers in this process on the same store, each with its own id, sharing every step. */
  function startWorkers(
    settings: Pick<WorkerOptions, "leaseMs" | "smtpTimeoutMs" | "smtpDeadlineMs" | "concurrency">,
  ): Step[] {
    const steps: Step[] = [];
    const started = Date.now();
    for (const worker of ["worker-a", "worker-b"]) {
      const controller = new AbortController();
      const running = startWorker({
        store: t.store,
        ctx: { now: () => new Date().toISOString() },
        key,
        signal: controller.signal,
        workerId: worker,
        pollMs: 50,
        digestEveryMs: 3_600_000,
        ...settings,
        onStep: (step) => steps.push({ ...step, worker, atMs: Date.now() - started }),
        onError: (error) => process.stderr.write(`[${worker}] ${(error as Error).message}\n`),
      });
      stops.push(async () => {
        controller.abort();
        await running;
      });
    }
    return steps;
  }

  async function until(done: () => Promise<boolean> | boolean, limitMs: number): Promise<void> {
    const deadline = Date.now() + limitMs;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`not done within ${limitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const allSent = (n: number) => async () => (await countOutboxByState(t.store.db)).sent === n;

  it("renews it while a server slower than the lease takes each message: two workers, no copies", async () => {
    // Fewer messages than lanes: idle lanes poll all along, ready to take a message whose lease
    // ran out. Every reply comes 600 ms late, so 3.6 s pass from a new connection to its DATA.
    const MESSAGES = 9;
    const LEASE_MS = 2200;
    const received = await smtpServer({ delayMs: 600 });
    await seedApprovedMessages(t.ctx, MESSAGES);
    const steps = startWorkers({
      leaseMs: LEASE_MS,
      smtpTimeoutMs: 1100,
      smtpDeadlineMs: 20_000,
      concurrency: 6,
    });
    await until(allSent(MESSAGES), 120_000);

    // Each message claimed once: no lease ran out while its worker was still talking.
    const claims = steps.filter((s) => s.step === "claimed");
    expect(claims).toHaveLength(MESSAGES);
    expect(new Set(claims.map((s) => s.entry.id)).size).toBe(MESSAGES);
    expect(new Set(claims.map((s) => s.worker))).toEqual(new Set(["worker-a", "worker-b"]));
    expect(steps.filter((s) => s.step === "lost" || s.step === "released")).toEqual([]);
    // The set-up did what it says: messages were held for longer than one lease.
    const held = claims.map((c) => {
      const done = steps.find((s) => s.step === "recorded" && s.entry.id === c.entry.id);
      return (done?.atMs ?? 0) - c.atMs;
    });
    expect(Math.max(...held)).toBeGreaterThan(LEASE_MS);

    expect(received.accepted).toHaveLength(MESSAGES);
    expect(explainCopies(received.accepted, new Map())).toMatchObject({
      copies: 0,
      unexplained: [],
    });
    expect(await listCorrespondence(t.store.db, t.ctx.accountId)).toHaveLength(MESSAGES);
  }, 150_000);

  it("holds the message while a failing record write is tried again: one delivery, recorded once", async () => {
    const LEASE_MS = 1500;
    const received = await smtpServer();
    await seedApprovedMessages(t.ctx, 1);
    await failRecordWrites(t, kind);
    const steps = startWorkers({
      leaseMs: LEASE_MS,
      smtpTimeoutMs: 700,
      smtpDeadlineMs: 10_000,
      concurrency: 1,
    });
    // Tries 1–5 fail (the fifth 1.5 s after the first); the sixth comes 1.6 s later.
    await until(() => steps.filter((s) => s.step === "record-failed").length >= 5, 60_000);
    await allowRecordWrites(t);
    await until(allSent(1), 60_000);

    const [entry] = await listOutboxEntries(t.store.db, t.ctx.accountId);
    expect(steps.filter((s) => s.step === "claimed")).toHaveLength(1);
    const recorded = steps.filter((s) => s.step === "recorded");
    expect(recorded).toHaveLength(1);
    const firstFailure = steps.find((s) => s.step === "record-failed")?.atMs ?? 0;
    expect((recorded[0]?.atMs ?? 0) - firstFailure).toBeGreaterThan(LEASE_MS);
    expect(received.accepted.map((m) => m.messageId)).toEqual([`<${entry?.messageId}>`]);
    expect(entry).toMatchObject({ state: "sent", attempts: 1 });
    const records = await listCorrespondence(t.store.db, t.ctx.accountId);
    expect(records.map((r) => r.messageId)).toEqual([`<${entry?.messageId}>`]);
  }, 90_000);

  it("re-sends, byte for byte, only the messages whose connection was lost after the data", async () => {
    const dropped = new Set<string>();
    let arrivals = 0;
    // The first and third arrivals: the server has them, the client never hears its 250.
    const received = await smtpServer({
      dropAfterData: (m) => {
        const n = arrivals++;
        if (n === 0 || n === 2) dropped.add(m.messageId ?? "");
        return n === 0 || n === 2;
      },
    });
    await seedApprovedMessages(t.ctx, 4);
    sender = createSmtpSender(key, { timeoutMs: 3000 });
    const deps: DeliveryDeps = {
      kind,
      sender,
      workerId: "w",
      leaseMs: 60_000,
      random: () => 0.5,
    };
    const first = [];
    for (let i = 0; i < 4; i++) first.push(await deliverNext(t.ctx, deps));
    expect(first.map((o) => o?.result).sort()).toEqual(["retry", "retry", "sent", "sent"]);
    for (const o of first.filter((o) => o?.result === "retry")) {
      expect(o?.entry.lastError).toMatch(/after the whole message was sent: it may have arrived/);
      expect(dropped).toContain(`<${o?.entry.messageId}>`);
    }
    expect(await deliverNext(t.ctx, deps)).toBeNull(); // each waits for its back-off

    t.clock.now = new Date(Date.parse(t.clock.now) + 61_000).toISOString();
    expect((await deliverNext(t.ctx, deps))?.result).toBe("sent");
    expect((await deliverNext(t.ctx, deps))?.result).toBe("sent");
    expect(await deliverNext(t.ctx, deps)).toBeNull();

    // Copies exactly where the connection was lost, each identical to the first delivery.
    const windows = new Map([...dropped].map((id) => [id, 1]));
    expect(explainCopies(received.accepted, windows)).toEqual({
      copies: 2,
      unexplained: [],
      windows: 2,
    });
    for (const id of dropped) {
      const copies = received.accepted.filter((m) => m.messageId === id);
      expect(copies.map((m) => m.answered)).toEqual([false, true]);
      expect(copies[0]?.raw).toBe(copies[1]?.raw);
    }
    expect(await listCorrespondence(t.store.db, t.ctx.accountId)).toHaveLength(4);
  });

  // A renewal notices within a third of a lease; the confirmation after DATA's 354 catches a
  // take-over that no renewal has noticed yet (a lease of a minute renews every 20 s).
  it.each([
    ["a renewal", 900],
    ["the confirmation before the data", 60_000],
  ])("aborts a send, before its data, once %s finds the message taken over", async (_, leaseMs) => {
    const received = await smtpServer({ delayMs: 300 });
    await seedApprovedMessages(t.ctx, 1);
    sender = createSmtpSender(key, { timeoutMs: 3000 });
    const steps: DeliveryStep[] = [];
    const sending = deliverNext(t.ctx, {
      kind,
      sender,
      workerId: "frozen",
      leaseMs,
      onStep: (s) => steps.push(s),
    });
    // As if "frozen" had stopped for longer than its lease and "thief" had claimed the message.
    await until(() => steps.some((s) => s.step === "claimed"), 10_000);
    await t.store.db.updateTable("outbox").set({ lockedBy: "thief" }).execute();
    const outcome = await sending;

    expect(outcome?.result).toBe("lost");
    expect(steps.map((s) => s.step)).toEqual(["claimed", "lost"]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.accepted).toEqual([]);
    const [entry] = await listOutboxEntries(t.store.db, t.ctx.accountId);
    expect(entry).toMatchObject({ state: "sending", lockedBy: "thief" });
  });

  it("records nothing for a message this worker no longer holds", async () => {
    await smtpServer();
    await seedApprovedMessages(t.ctx, 1);
    const leaseUntil = new Date(Date.parse(t.clock.now) + 60_000).toISOString();
    const claim = { now: t.clock.now, leaseUntil };
    const mine = await claimNextDue(t.store.db, kind, { ...claim, workerId: "me" });
    if (!mine) throw new Error("a claim expected");
    // My lease ran out; another worker claimed the message and holds it now.
    await t.store.db.updateTable("outbox").set({ lockedBy: "other" }).execute();
    const outcome = await recordSent(t.ctx, { entry: mine, action: null, interview: null }, "250", {
      workerId: "me",
    });
    expect(outcome.result).toBe("lost");
    expect(await getOutboxEntry(t.store.db, t.ctx.accountId, mine.id)).toMatchObject({
      state: "sending",
      lockedBy: "other",
      sentAt: null,
    });
    expect(await listCorrespondence(t.store.db, t.ctx.accountId)).toEqual([]);
  });
});

/** A real failure of the record transaction: a trigger refuses the correspondence row. */
async function failRecordWrites(t: TestStore, kind: "sqlite" | "postgres"): Promise<void> {
  if (kind === "sqlite") {
    await sql`create trigger ft_fail_record before insert on correspondence
      begin select raise(abort, 'injected: the record write fails'); end`.execute(t.store.db);
    return;
  }
  await sql`create function ft_fail_record() returns trigger language plpgsql as $$
      begin raise exception 'injected: the record write fails'; end $$`.execute(t.store.db);
  await sql`create trigger ft_fail_record before insert on correspondence
      for each row execute function ft_fail_record()`.execute(t.store.db);
}

async function allowRecordWrites(t: TestStore): Promise<void> {
  const on = t.store.kind === "postgres" ? sql` on correspondence` : sql``;
  await sql`drop trigger ft_fail_record${on}`.execute(t.store.db);
}

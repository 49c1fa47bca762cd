import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCorrespondence } from "../../src/store/repositories/correspondence.repository.js";
import { listOutboxEntries } from "../../src/store/repositories/outbox.repository.js";
import { setSmtpSettings } from "../../src/use-cases/sending/set-smtp-settings.js";
import { seedApprovedMessages } from "../delivery/seed-approved.js";
import { type SmtpSink, startSmtpSink } from "../delivery/smtp-sink.js";
import { canReachPostgres, openTestStore, type TestStore } from "../support/test-store.js";

const WORKER = fileURLToPath(
  new URL("../../dist/src/transports/worker/run-worker.js", import.meta.url),
);
const MESSAGES = 1000;
const CONCURRENCY = 4;
const KILLS = 6;

// Exactly once under crashes: two worker processes on PostgreSQL share 1,000 approved messages;
// one of them is killed (SIGKILL) at random moments and restarted. Every message must arrive,
// each action with one Message-ID only; a second copy can only come from a kill between the
// server's "250 accepted" and the recording transaction, and then it is byte-identical.
describe("exactly once with two worker processes on PostgreSQL", () => {
  let t: TestStore;
  let sink: SmtpSink;
  let dataDir: string;
  let skip = false;
  const key = randomBytes(32);
  const workers: (ChildProcess | null)[] = [null, null];
  let kills = 0;

  beforeAll(async () => {
    if (!(await canReachPostgres())) {
      skip = true;
      return;
    }
    if (!existsSync(WORKER)) throw new Error(`Build first (npm run build): ${WORKER} is missing.`);
    t = await openTestStore("postgres", new Date().toISOString());
    t.clock.now = new Date().toISOString();
    sink = await startSmtpSink();
    dataDir = mkdtempSync(join(tmpdir(), "followthrough-worker-"));
    await setSmtpSettings(t.ctx, key, {
      host: "127.0.0.1",
      port: sink.port,
      user: sink.user,
      password: sink.password,
      insecure: true,
    });
    await seedApprovedMessages(t.ctx, MESSAGES);
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) w?.kill("SIGKILL");
    if (skip) return;
    await sink?.close();
    await t?.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function spawnWorker(slot: number): void {
    const child = spawn(process.execPath, [WORKER], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        ...t.env,
        FOLLOWTHROUGH_DATA: dataDir,
        FOLLOWTHROUGH_SECRET_KEY: key.toString("base64"),
        FOLLOWTHROUGH_WORKER_LEASE_MS: "3000",
        FOLLOWTHROUGH_WORKER_POLL_MS: "50",
        FOLLOWTHROUGH_SMTP_TIMEOUT_MS: "700",
        FOLLOWTHROUGH_WORKER_CONCURRENCY: String(CONCURRENCY),
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[worker ${slot}] ${d}`));
    workers[slot] = child;
  }

  async function sentCount(): Promise<number> {
    const rows = await listOutboxEntries(t.store.db, t.ctx.accountId);
    return rows.filter((r) => r.state === "sent").length;
  }

  it("delivers every one of 1,000 messages, each action under one Message-ID", async (context) => {
    if (skip) return context.skip();
    spawnWorker(0);
    spawnWorker(1);
    const deadline = Date.now() + 100_000;
    let sent = 0;
    while (sent < MESSAGES && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 200));
      sent = await sentCount();
      // Kills spread over the run, each while the workers are busy sending.
      if (kills < KILLS && sent > ((kills + 1) * MESSAGES) / (KILLS + 2)) {
        const slot = Math.random() < 0.5 ? 0 : 1;
        workers[slot]?.kill("SIGKILL");
        kills++;
        spawnWorker(slot);
      }
    }
    for (const w of workers) w?.kill("SIGTERM");

    const outbox = await listOutboxEntries(t.store.db, t.ctx.accountId);
    expect(outbox).toHaveLength(MESSAGES);
    expect(outbox.filter((r) => r.state !== "sent")).toEqual([]);
    expect(kills).toBe(KILLS);

    // Every queued Message-ID arrived; nothing arrived that was not queued.
    const queuedIds = new Set(outbox.map((r) => `<${r.messageId}>`));
    const receivedIds = new Set(sink.accepted.map((m) => m.messageId));
    expect(receivedIds).toEqual(queuedIds);
    // One Message-ID per action (per recipient): never two different messages for one action.
    const idsByRecipient = new Map<string, Set<string | null>>();
    for (const m of sink.accepted) {
      const to = m.to[0] ?? "";
      idsByRecipient.set(to, (idsByRecipient.get(to) ?? new Set()).add(m.messageId));
    }
    expect(idsByRecipient.size).toBe(MESSAGES);
    expect([...idsByRecipient.values()].filter((ids) => ids.size !== 1)).toEqual([]);
    // Any second copy is byte-identical (so the recipient's server dedupes it by Message-ID),
    // and can only come from a kill inside the accepted-but-not-recorded window.
    const firstRaw = new Map<string, string>();
    let copies = 0;
    for (const m of sink.accepted) {
      const seen = firstRaw.get(m.messageId ?? "");
      if (seen === undefined) firstRaw.set(m.messageId ?? "", m.raw);
      else {
        copies++;
        expect(m.raw).toBe(seen);
      }
    }
    expect(copies).toBeLessThanOrEqual(KILLS * CONCURRENCY);
    console.info(
      `exactly-once: ${MESSAGES} messages, ${kills} kills, ${sink.accepted.length} deliveries, ${copies} same-Message-ID re-sends`,
    );

    // Recorded once each: one correspondence per message, every action sent.
    const records = await listCorrespondence(t.store.db, t.ctx.accountId);
    expect(records).toHaveLength(MESSAGES);
    expect(new Set(records.map((r) => r.messageId))).toEqual(queuedIds);
    const actions = await t.store.db
      .selectFrom("actions")
      .select("status")
      .where("kind", "=", "thank-you-email")
      .execute();
    expect(actions.filter((a) => a.status !== "sent")).toEqual([]);
  }, 150_000);
});

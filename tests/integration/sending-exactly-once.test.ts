import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { listCorrespondence } from "../../src/store/repositories/correspondence.repository.js";
import {
  countOutboxByState,
  listOutboxEntries,
} from "../../src/store/repositories/outbox.repository.js";
import type { JournalLine } from "../../src/transports/worker/open-delivery-journal.js";
import { setSmtpSettings } from "../../src/use-cases/sending/set-smtp-settings.js";
import { explainCopies, killWindows, readJournal } from "../delivery/copy-windows.js";
import { seedApprovedMessages } from "../delivery/seed-approved.js";
import { type SlowProxy, startSlowProxy } from "../delivery/slow-smtp-proxy.js";
import { type SmtpSink, startSmtpSink } from "../delivery/smtp-sink.js";
import { canReachPostgres, openTestStore, type TestStore } from "../support/test-store.js";

const BUILT = (path: string) => fileURLToPath(new URL(`../../dist/src/${path}`, import.meta.url));
const WORKER = BUILT("transports/worker/run-worker.js");
const CLI = BUILT("transports/cli/main.js");

// Exactly once under crashes, as deployed: worker processes on PostgreSQL, and the worker inside
// `serve` on SQLite. Each worker journals its steps (FOLLOWTHROUGH_DELIVERY_JOURNAL); a second
// copy of a message is allowed only where a killed worker had journalled `data` for it (its lease
// confirmed, the bytes on their way) and not the outcome of that attempt.
interface Run {
  t: TestStore;
  sink: SmtpSink;
  proxy?: SlowProxy;
  dir: string;
  journal: string;
  key: Buffer;
  children: Set<ChildProcess>;
  killed: Set<number>;
}

let run: Run | undefined;

afterEach(async () => {
  if (!run) return;
  for (const child of run.children) child.kill("SIGKILL");
  await run.proxy?.close();
  await run.sink.close();
  await run.t.cleanup();
  rmSync(run.dir, { recursive: true, force: true });
  run = undefined;
});

async function prepare(
  kind: "sqlite" | "postgres",
  messages: number,
  delayMs?: number,
): Promise<Run> {
  for (const file of [WORKER, CLI])
    if (!existsSync(file)) throw new Error(`Build first (npm run build): ${file} is missing.`);
  const t = await openTestStore(kind, new Date().toISOString());
  const dir = mkdtempSync(join(tmpdir(), "followthrough-once-"));
  const sink = await startSmtpSink();
  const proxy = delayMs ? await startSlowProxy(sink.port, delayMs) : undefined;
  const key = randomBytes(32);
  run = {
    t,
    sink,
    dir,
    key,
    journal: join(dir, "journal.jsonl"),
    children: new Set(),
    killed: new Set(),
    ...(proxy ? { proxy } : {}),
  };
  await setSmtpSettings(t.ctx, key, {
    host: "127.0.0.1",
    port: proxy?.port ?? sink.port,
    user: sink.user,
    password: sink.password,
    insecure: true,
  });
  await seedApprovedMessages(t.ctx, messages);
  return run;
}

/** `run-worker`, or `serve` (the worker inside the server), with the worker's settings. */
function spawnWorker(r: Run, label: string, args: string[], settings: Record<string, number>) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    ...r.t.env,
    FOLLOWTHROUGH_SECRET_KEY: r.key.toString("base64"),
    FOLLOWTHROUGH_DELIVERY_JOURNAL: r.journal,
    FOLLOWTHROUGH_WORKER_POLL_MS: "50",
  };
  if (!env.FOLLOWTHROUGH_DATA) env.FOLLOWTHROUGH_DATA = r.dir;
  for (const [name, value] of Object.entries(settings)) env[name] = String(value);
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[${label}] ${d}`));
  child.stdout?.resume();
  r.children.add(child);
  child.once("exit", () => r.children.delete(child));
  return child;
}

/** Resolves once the process has said on its standard output that it started. */
function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`exited with ${code} before starting`)));
  });
}

function kill(r: Run, child: ChildProcess): void {
  if (child.pid !== undefined) r.killed.add(child.pid);
  child.kill("SIGKILL");
}

const sentCount = async (r: Run) => (await countOutboxByState(r.t.store.db)).sent ?? 0;

/** Every message arrived and is recorded once; returns what the journal says of the copies. */
async function expectEachOnce(r: Run, messages: number) {
  const outbox = await listOutboxEntries(r.t.store.db, r.t.ctx.accountId);
  expect(outbox).toHaveLength(messages);
  expect(outbox.filter((e) => e.state !== "sent")).toEqual([]);
  const queuedIds = new Set(outbox.map((e) => `<${e.messageId}>`));
  expect(new Set(r.sink.accepted.map((m) => m.messageId))).toEqual(queuedIds);
  // One Message-ID per action (per recipient): never two different messages for one action.
  const idsByRecipient = new Map<string, Set<string | null>>();
  for (const m of r.sink.accepted) {
    const to = m.to[0] ?? "";
    idsByRecipient.set(to, (idsByRecipient.get(to) ?? new Set()).add(m.messageId));
  }
  expect(idsByRecipient.size).toBe(messages);
  expect([...idsByRecipient.values()].filter((ids) => ids.size !== 1)).toEqual([]);
  // A copy is byte-identical to the first delivery (the recipient's server can drop it).
  const firstRaw = new Map<string, string>();
  for (const m of r.sink.accepted) {
    const seen = firstRaw.get(m.messageId ?? "");
    if (seen === undefined) firstRaw.set(m.messageId ?? "", m.raw);
    else expect(m.raw).toBe(seen);
  }
  const records = await listCorrespondence(r.t.store.db, r.t.ctx.accountId);
  expect(records).toHaveLength(messages);
  expect(new Set(records.map((c) => c.messageId))).toEqual(queuedIds);
  const actions = await r.t.store.db
    .selectFrom("actions")
    .select("status")
    .where("kind", "=", "thank-you-email")
    .execute();
  expect(actions.filter((a) => a.status !== "sent")).toEqual([]);

  const journal = readJournal(r.journal);
  const report = explainCopies(r.sink.accepted, killWindows(journal, r.killed));
  expect(report.unexplained).toEqual([]);
  return { ...report, journal };
}

/** Runs until every message is sent, killing one worker `kills` times spread over the run. */
async function runWithKills(
  r: Run,
  messages: number,
  kills: number,
  pick: () => ChildProcess | undefined,
  restart: (killed: ChildProcess) => void,
): Promise<number> {
  const deadline = Date.now() + 240_000;
  let done = 0;
  let sent = 0;
  while (sent < messages && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
    sent = await sentCount(r);
    if (done < kills && sent > ((done + 1) * messages) / (kills + 2)) {
      const victim = pick();
      if (!victim) continue;
      kill(r, victim);
      done++;
      restart(victim);
    }
  }
  for (const child of r.children) child.kill("SIGTERM");
  return done;
}

function printCopies(
  name: string,
  r: Run,
  kills: number,
  report: { copies: number; windows: number },
) {
  console.info(
    `exactly-once ${name}: ${r.sink.accepted.length} deliveries, ${kills} kills, ${report.windows} messages caught by a kill inside the window, ${report.copies} same-Message-ID copies`,
  );
}

describe("exactly once with two worker processes on PostgreSQL", () => {
  const settings = {
    FOLLOWTHROUGH_WORKER_LEASE_MS: 3000,
    FOLLOWTHROUGH_SMTP_TIMEOUT_MS: 700,
    FOLLOWTHROUGH_WORKER_CONCURRENCY: 4,
  };

  it("delivers 1,000 messages while one worker is killed six times: copies only inside the window", async (context) => {
    if (!(await canReachPostgres())) return context.skip();
    const MESSAGES = 1000;
    const r = await prepare("postgres", MESSAGES);
    const slots: ChildProcess[] = [0, 1].map((i) =>
      spawnWorker(r, `worker ${i}`, [WORKER], settings),
    );
    const kills = await runWithKills(
      r,
      MESSAGES,
      6,
      () => slots[Math.random() < 0.5 ? 0 : 1],
      (killed) => {
        const slot = slots.indexOf(killed);
        slots[slot] = spawnWorker(r, `worker ${slot}`, [WORKER], settings);
      },
    );
    expect(kills).toBe(6);
    const report = await expectEachOnce(r, MESSAGES);
    printCopies("PostgreSQL, 2 workers", r, kills, report);
  }, 400_000);

  it("delivers each message once through a server slower than the lease", async (context) => {
    if (!(await canReachPostgres())) return context.skip();
    // Fewer messages than lanes, every reply 600 ms late: idle lanes wait for a lease to run out.
    const MESSAGES = 9;
    const LEASE_MS = 2200;
    const r = await prepare("postgres", 0, 600);
    const slow = {
      FOLLOWTHROUGH_WORKER_LEASE_MS: LEASE_MS,
      FOLLOWTHROUGH_SMTP_TIMEOUT_MS: 1100,
      FOLLOWTHROUGH_SMTP_DEADLINE_MS: 20_000,
      FOLLOWTHROUGH_WORKER_CONCURRENCY: 6,
    };
    // Both running before there is work, so that both take some of it.
    await Promise.all([0, 1].map((i) => started(spawnWorker(r, `worker ${i}`, [WORKER], slow))));
    await seedApprovedMessages(r.t.ctx, MESSAGES);
    const deadline = Date.now() + 120_000;
    while ((await sentCount(r)) < MESSAGES && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    for (const child of r.children) child.kill("SIGTERM");

    const report = await expectEachOnce(r, MESSAGES);
    expect(report.copies).toBe(0);
    const claims = report.journal.filter((l) => l.step === "claimed");
    expect(claims).toHaveLength(MESSAGES);
    expect(new Set(claims.map((l) => l.pid)).size).toBe(2);
    expect(Math.max(...heldMs(report.journal))).toBeGreaterThan(LEASE_MS);
    printCopies("PostgreSQL, slow server", r, 0, report);
  }, 180_000);
});

describe("exactly once with the worker inside the server on SQLite", () => {
  it("delivers 300 messages while `serve` is killed four times: copies only inside the window", async () => {
    const MESSAGES = 300;
    const r = await prepare("sqlite", MESSAGES);
    const settings = {
      FOLLOWTHROUGH_WORKER_LEASE_MS: 3000,
      FOLLOWTHROUGH_SMTP_TIMEOUT_MS: 700,
      FOLLOWTHROUGH_WORKER_CONCURRENCY: 4,
    };
    const serve = () => spawnWorker(r, "serve", [CLI, "serve", "--port", "0"], settings);
    let server = serve();
    const kills = await runWithKills(
      r,
      MESSAGES,
      4,
      () => server,
      () => {
        server = serve();
      },
    );
    expect(kills).toBe(4);
    const report = await expectEachOnce(r, MESSAGES);
    printCopies("SQLite, serve", r, kills, report);
  }, 400_000);
});

/** For each message, how long its recording worker held it, from the claim to the record. */
function heldMs(journal: JournalLine[]): number[] {
  return journal
    .filter((l) => l.step === "recorded")
    .map((done) => {
      const claim = journal.find(
        (l) => l.step === "claimed" && l.entry === done.entry && l.worker === done.worker,
      );
      return Date.parse(done.at) - Date.parse(claim?.at ?? done.at);
    });
}

import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { LOCAL_ACCOUNT_ID } from "../src/store/open-store.js";
import { startWorker } from "../src/transports/worker/start-worker.js";
import { addContact } from "../src/use-cases/contacts/add-contact.js";
import type { UseCaseContext } from "../src/use-cases/context.js";
import { addInterview } from "../src/use-cases/interviews/add-interview.js";
import { showPlan } from "../src/use-cases/planning/show-plan.js";
import { setProfile } from "../src/use-cases/profile/set-profile.js";
import { approveAndQueue } from "../src/use-cases/sending/approve-and-queue.js";
import { setSmtpSettings } from "../src/use-cases/sending/set-smtp-settings.js";
import type { BenchResult } from "./bench-result.js";
import { openBenchStore } from "./open-bench-store.js";

const MESSAGES = 500;
const CONCURRENCY = 4;

/** Messages per second from the outbox to a local SMTP sink, through the real worker. */
export async function benchOutbox(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const kind of ["sqlite", "postgres"] as const) {
    const opened = await openBenchStore(kind);
    if (!opened) {
      results.push({
        name: `${kind}: outbox → SMTP`,
        value: 0,
        unit: "msg/s",
        note: "PostgreSQL unreachable: skipped",
      });
      continue;
    }
    const sink = await startSink();
    try {
      const key = randomBytes(32);
      const ctx: UseCaseContext = {
        db: opened.store.db,
        accountId: LOCAL_ACCOUNT_ID,
        now: () => new Date().toISOString(),
      };
      await setSmtpSettings(ctx, key, {
        host: "127.0.0.1",
        port: sink.port,
        user: "bench",
        password: "bench",
        insecure: true,
      });
      await seed(ctx, MESSAGES);
      const controller = new AbortController();
      let sent = 0;
      const started = performance.now();
      await startWorker({
        store: opened.store,
        ctx,
        key,
        signal: controller.signal,
        concurrency: CONCURRENCY,
        pollMs: 20,
        digestEveryMs: 3_600_000,
        onOutcome: (o) => {
          if (o.result === "sent" && ++sent === MESSAGES) controller.abort();
        },
      });
      const seconds = (performance.now() - started) / 1000;
      results.push({
        name: `${kind}: outbox → SMTP`,
        value: Math.round(MESSAGES / seconds),
        unit: "msg/s",
        note: `${MESSAGES} messages, ${CONCURRENCY} in flight, ${sink.count()} received; claim, send, record (+ correspondence, action sent, re-plan)`,
      });
    } finally {
      await sink.close();
      await opened.cleanup();
    }
  }
  return results;
}

async function seed(ctx: UseCaseContext, count: number): Promise<void> {
  await setProfile(ctx, {
    name: "Ana Ruiz",
    email: "ana@example.org",
    timeZone: "UTC",
    country: "US",
  });
  for (let i = 0; i < count; i++) {
    const { interview } = await addInterview(ctx, {
      company: `Company ${i}`,
      role: "Engineer",
      at: "2026-11-20T10:00",
      timeZone: "UTC",
    });
    await addContact(ctx, {
      interviewId: interview.id,
      name: `Person ${i}`,
      email: `person${i}@example.com`,
      role: "interviewer",
    });
    const action = (await showPlan(ctx, interview.id)).find((a) => a.kind === "thank-you-email");
    if (!action) throw new Error("no thank-you email planned");
    await approveAndQueue(ctx, {
      actionId: action.id,
      at: "now",
      subject: `Thank you, Person ${i}`,
      body: "Thank you for your time today.\n\nAna",
    });
  }
}

async function startSink(): Promise<{
  port: number;
  count: () => number;
  close: () => Promise<void>;
}> {
  let received = 0;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth: (_auth, _session, cb) => cb(null, { user: "bench" }),
    onData(stream, _session, cb) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        received++;
        cb(null);
      });
    },
  });
  server.on("error", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    count: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

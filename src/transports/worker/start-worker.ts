import { hostname } from "node:os";
import { loadSecretKey } from "../../delivery/smtp/load-secret-key.js";
import { createSmtpSender } from "../../delivery/smtp/smtp-sender.js";
import { type FetchPolicy, fetchPolicyFromEnv } from "../../delivery/web/fetch-policy.js";
import { AppError } from "../../errors/app-error.js";
import { clockFromEnv } from "../../shared/clock.js";
import { newId } from "../../shared/new-id.js";
import { defaultDataDir, type Store } from "../../store/open-store.js";
import type { OutboxEntry } from "../../store/repositories/outbox.repository.js";
import { listDigestAccounts } from "../../store/repositories/smtp-settings.repository.js";
import { accountContext, type UseCaseContext } from "../../use-cases/context.js";
import {
  type DeliveryOutcome,
  type DeliveryStep,
  deliverNext,
} from "../../use-cases/sending/deliver-next.js";
import { queueMorningDigest } from "../../use-cases/sending/queue-morning-digest.js";
import { pollDueWatchSources } from "../../use-cases/watch/poll-due-watch-sources.js";
import type { JobQueueOptions } from "./job-queue/start-job-queue.js";
import { openDeliveryJournal } from "./open-delivery-journal.js";
import { workerOptionsFromEnv } from "./worker-options-from-env.js";

export interface WorkerOptions {
  store: Store;
  /** Its clock is the worker's clock; its account is ignored (the worker serves every account). */
  ctx?: Pick<UseCaseContext, "now">;
  signal: AbortSignal;
  /** The SMTP password key; read from FOLLOWTHROUGH_SECRET_KEY or `dataDir`/secret.key if absent. */
  key?: Buffer;
  dataDir?: string;
  workerId?: string;
  /** Idle wait between looks at the outbox. */
  pollMs?: number;
  /** What a claim grants; renewed every third of it while a message is in hand (5 minutes). */
  leaseMs?: number;
  /** SMTP connect, greeting and socket timeout each; at most half the lease (a quarter, 30 s at most). */
  smtpTimeoutMs?: number;
  /** One whole SMTP conversation; the lease less one timeout unless set (may exceed the lease). */
  smtpDeadlineMs?: number;
  /** Messages in flight at once in this process. */
  concurrency?: number;
  digestEveryMs?: number;
  /** How often the company watch looks for sources due a read (R20); 60 s. */
  watchEveryMs?: number;
  /** How the watch fetches; from the environment by default. */
  watchFetch?: FetchPolicy;
  /** A file to which each delivery step is appended as a JSON line (see openDeliveryJournal). */
  journalPath?: string;
  /**
   * Hosted mode: the digest, the mailboxes and the watch run as jobs on graphile-worker (each
   * once however many workers run) instead of this process's own loops.
   */
  jobQueue?: Pick<JobQueueOptions, "connectionString" | "schema" | "concurrency" | "journalPath">;
  onOutcome?: (outcome: DeliveryOutcome) => void;
  onStep?: (step: DeliveryStep) => void;
  onError?: (error: unknown, entry?: OutboxEntry) => void;
}

/**
 * The outbox worker: runs inside `npm start` next to the HTTP server on SQLite, and as any number
 * of `worker --hosted` processes on PostgreSQL (claims are exclusive, see claimNextDue), where the
 * scheduled work goes to the job queue (`jobQueue`). Settings not
 * given come from the environment (workerOptionsFromEnv), then the defaults. Resolves once
 * `signal` is aborted and the messages in flight are recorded.
 */
export async function startWorker(given: WorkerOptions): Promise<void> {
  const options = { ...workerOptionsFromEnv(process.env), ...withoutUndefined(given) };
  const { store, signal } = options;
  const now = options.ctx?.now ?? clockFromEnv();
  const key = options.key ?? loadSecretKey(options.dataDir ?? defaultDataDir());
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const timeoutMs = options.smtpTimeoutMs ?? Math.min(30_000, Math.floor(leaseMs / 4));
  // The final reply is awaited at most one timeout after the lease was confirmed; the record
  // needs the rest of that lease even when no renewal gets through.
  if (timeoutMs * 2 > leaseMs)
    throw new AppError(
      "INVALID_INPUT",
      `The SMTP timeout (${timeoutMs} ms) must be at most half the worker's lease (${leaseMs} ms).`,
      { field: "smtpTimeoutMs", accepted: `at most ${Math.floor(leaseMs / 2)} ms` },
    );
  const deadlineMs = options.smtpDeadlineMs ?? leaseMs - timeoutMs;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  // One connection per lane, so no message waits in the pool's queue against its deadline.
  const sender = createSmtpSender(key, {
    pool: true,
    maxConnections: concurrency,
    timeoutMs,
    deadlineMs,
  });
  const onError =
    options.onError ??
    ((error: unknown, entry?: OutboxEntry) =>
      process.stderr.write(
        `worker${entry ? ` (${entry.id}, <${entry.messageId}>)` : ""}: ${(error as Error)?.message ?? error}\n`,
      ));
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${newId("wk")}`;
  const journal = options.journalPath ? openDeliveryJournal(options.journalPath, workerId) : null;
  const onStep =
    journal || options.onStep
      ? (step: DeliveryStep) => {
          journal?.write(step);
          options.onStep?.(step);
        }
      : undefined;
  const deps = { kind: store.kind, sender, workerId, leaseMs, onError, onStep };
  // The worker serves every account: its claims and looks for what is due see all of them.
  const base = { db: store.everyAccount, now };
  const pollMs = options.pollMs ?? 1000;

  const lane = async (): Promise<void> => {
    while (!signal.aborted) {
      try {
        const outcome = await deliverNext(base, deps);
        // Only a freeze longer than the lease gets here: worth an operator's attention.
        if (outcome?.result === "lost") onError(new Error(outcome.reason), outcome.entry);
        if (outcome) options.onOutcome?.(outcome);
        else await sleep(pollMs, signal);
      } catch (error) {
        onError(error);
        await sleep(pollMs, signal);
      }
    }
  };
  const digests = async (): Promise<void> => {
    while (!signal.aborted) {
      try {
        for (const { accountId } of await listDigestAccounts(store.everyAccount))
          await queueMorningDigest(accountContext(store, accountId, now));
      } catch (error) {
        onError(error);
      }
      await sleep(options.digestEveryMs ?? 60_000, signal);
    }
  };
  // The company watch (R20): each due source read once by pollWatchSource, the idempotent step a
  // hosted job queue would run per source; here one loop per worker process.
  const watchFetch =
    options.watchFetch ??
    fetchPolicyFromEnv(process.env, { hosted: options.jobQueue !== undefined });
  const watches = async (): Promise<void> => {
    while (!signal.aborted) {
      try {
        await pollDueWatchSources(base, watchFetch);
      } catch (error) {
        onError(error);
      }
      await sleep(options.watchEveryMs ?? 60_000, signal);
    }
  };
  // Loaded only in hosted mode: a laptop never loads graphile-worker.
  const queue = options.jobQueue
    ? await (await import("./job-queue/start-job-queue.js")).startJobQueue({
        ...options.jobQueue,
        store,
        now,
        secretKey: key,
        watchFetch,
        onError: (error) => onError(error),
      })
    : null;
  try {
    const lanes = Array.from({ length: concurrency }, lane);
    await Promise.all([...lanes, ...(queue ? [] : [digests(), watches()])]);
  } finally {
    await queue?.stop();
    sender.close();
    journal?.close();
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

import { hostname } from "node:os";
import { loadSecretKey } from "../../delivery/smtp/load-secret-key.js";
import { createSmtpSender } from "../../delivery/smtp/smtp-sender.js";
import { clockFromEnv } from "../../shared/clock.js";
import { newId } from "../../shared/new-id.js";
import { defaultDataDir, type Store } from "../../store/open-store.js";
import type { OutboxEntry } from "../../store/repositories/outbox.repository.js";
import { listDigestAccounts } from "../../store/repositories/smtp-settings.repository.js";
import type { UseCaseContext } from "../../use-cases/context.js";
import { type DeliveryOutcome, deliverNext } from "../../use-cases/sending/deliver-next.js";
import { queueMorningDigest } from "../../use-cases/sending/queue-morning-digest.js";

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
  /** How long a claim holds; must be longer than one SMTP conversation can take. */
  leaseMs?: number;
  /** SMTP connect/greeting/socket timeout each; kept well under the lease. */
  smtpTimeoutMs?: number;
  /** Messages in flight at once in this process. */
  concurrency?: number;
  digestEveryMs?: number;
  onOutcome?: (outcome: DeliveryOutcome) => void;
  onError?: (error: unknown, entry?: OutboxEntry) => void;
}

/**
 * The outbox worker: runs inside `npm start` next to the HTTP server on SQLite, and as any number
 * of `run-worker` processes on PostgreSQL (claims are exclusive, see claimNextDue). Resolves once
 * `signal` is aborted and the messages in flight are recorded.
 */
export async function startWorker(options: WorkerOptions): Promise<void> {
  const { store, signal } = options;
  const now = options.ctx?.now ?? clockFromEnv();
  const key = options.key ?? loadSecretKey(options.dataDir ?? defaultDataDir());
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const timeoutMs = options.smtpTimeoutMs ?? Math.min(30_000, Math.floor(leaseMs / 4));
  const sender = createSmtpSender(key, { pool: true, timeoutMs });
  const onError =
    options.onError ??
    ((error: unknown) => process.stderr.write(`worker: ${(error as Error)?.message ?? error}\n`));
  const deps = {
    kind: store.kind,
    sender,
    workerId: options.workerId ?? `${hostname()}:${process.pid}:${newId("wk")}`,
    leaseMs,
    onError,
  };
  const base = { db: store.db, now };
  const pollMs = options.pollMs ?? 1000;

  const lane = async (): Promise<void> => {
    while (!signal.aborted) {
      try {
        const outcome = await deliverNext(base, deps);
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
        for (const { accountId } of await listDigestAccounts(store.db))
          await queueMorningDigest({ db: store.db, accountId, now });
      } catch (error) {
        onError(error);
      }
      await sleep(options.digestEveryMs ?? 60_000, signal);
    }
  };
  try {
    const lanes = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, lane);
    await Promise.all([...lanes, digests()]);
  } finally {
    sender.close();
  }
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

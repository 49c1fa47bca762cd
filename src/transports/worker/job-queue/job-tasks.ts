import type { JobHelpers, Task, TaskList } from "graphile-worker";
import { z } from "zod";
import type { FetchPolicy } from "../../../delivery/web/fetch-policy.js";
import { AppError } from "../../../errors/app-error.js";
import type { Clock } from "../../../shared/clock.js";
import type { Store } from "../../../store/open-store.js";
import { listImapAccounts } from "../../../store/repositories/imap-state.repository.js";
import { listDigestAccounts } from "../../../store/repositories/smtp-settings.repository.js";
import { getWatchSource } from "../../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../../../use-cases/context.js";
import { syncImap } from "../../../use-cases/mail/sync-imap.js";
import { nextMorningDigestAt } from "../../../use-cases/sending/next-morning-digest-at.js";
import { queueMorningDigest } from "../../../use-cases/sending/queue-morning-digest.js";
import { claimDueWatchSources } from "../../../use-cases/watch/claim-due-watch-sources.js";
import { pollIfOpen } from "../../../use-cases/watch/poll-if-open.js";

/** How often each account's mailbox is read in hosted mode. */
export const IMAP_SYNC_EVERY_MS = 5 * 60_000;
/** A job that reschedules itself never comes back sooner (a clock fixed by FOLLOWTHROUGH_NOW). */
const MIN_RESCHEDULE_MS = 60_000;

/**
 * The jobs' names and their stable keys: a job is one row per key, so the same job added by two
 * processes (or by a schedule and a start-up) is one job, and runs once.
 */
export const JOBS = {
  scheduleAccounts: { task: "schedule_accounts", key: () => "schedule:accounts" },
  scheduleWatch: { task: "schedule_watch", key: () => "schedule:watch" },
  digest: { task: "morning_digest", key: (accountId: string) => `digest:${accountId}` },
  imap: { task: "imap_sync", key: (accountId: string) => `imap:${accountId}` },
  watch: { task: "watch_poll", key: (sourceId: string) => `watch:${sourceId}` },
} as const;

export interface JobTaskDeps {
  store: Store;
  now: Clock;
  /** The key that opens the mailbox passwords (FOLLOWTHROUGH_SECRET_KEY). */
  secretKey: Buffer;
  watchFetch: FetchPolicy;
  /** Told of every job that runs, by task and key (the job journal). */
  onRun?: (task: string, key: string | null) => void;
  onError: (error: unknown) => void;
}

const accountPayload = z.object({ accountId: z.string().min(1) });
const sourcePayload = z.object({ accountId: z.string().min(1), sourceId: z.string().min(1) });

/**
 * The hosted mode's scheduled work per account (R16, R20, R26), each job a thin step over one use
 * case. Two schedules (the crontab in startJobQueue, and once at each start-up) add the per-account
 * jobs; the digest and the mailbox jobs then reschedule themselves. A job never throws: its failure
 * is logged and its next run stays on the schedule, instead of graphile-worker's retries piling up.
 */
export function jobTasks(deps: JobTaskDeps): TaskList {
  // The scans for what is due read every account; each job then acts as its one account.
  const db = deps.store.everyAccount;
  const ctxOf = (accountId: string): UseCaseContext => ({
    db: deps.store.forAccount(accountId),
    accountId,
    now: deps.now,
  });
  // Added only when no job of that key exists, running or not: a schedule never doubles a job.
  const ensure = (helpers: JobHelpers, task: string, payload: object, jobKey: string) =>
    helpers.addJob(task, payload, { jobKey, jobKeyMode: "unsafe_dedupe", maxAttempts: 1 });
  // From inside the running job: its key moves to the new row, which runs at `at`.
  const reschedule = (
    helpers: JobHelpers,
    task: string,
    payload: object,
    jobKey: string,
    at: string,
  ) =>
    helpers.addJob(task, payload, {
      jobKey,
      jobKeyMode: "replace",
      maxAttempts: 1,
      runAt: new Date(Math.max(Date.parse(at), Date.now() + MIN_RESCHEDULE_MS)),
    });
  const step =
    (run: Task): Task =>
    async (payload, helpers) => {
      deps.onRun?.(helpers.job.task_identifier, helpers.job.key);
      try {
        await run(payload, helpers);
      } catch (error) {
        deps.onError(error);
      }
    };

  return {
    [JOBS.scheduleAccounts.task]: step(async (_payload, helpers) => {
      for (const { accountId } of await listDigestAccounts(db))
        await ensure(helpers, JOBS.digest.task, { accountId }, JOBS.digest.key(accountId));
      for (const accountId of await listImapAccounts(db))
        await ensure(helpers, JOBS.imap.task, { accountId }, JOBS.imap.key(accountId));
    }),
    [JOBS.scheduleWatch.task]: step(async (_payload, helpers) => {
      for (const { accountId, sourceId } of await claimDueWatchSources({ db, now: deps.now }))
        await ensure(helpers, JOBS.watch.task, { accountId, sourceId }, JOBS.watch.key(sourceId));
    }),
    [JOBS.digest.task]: step(async (payload, helpers) => {
      const { accountId } = accountPayload.parse(payload);
      const ctx = ctxOf(accountId);
      await queueMorningDigest(ctx);
      const next = await nextMorningDigestAt(ctx);
      if (next)
        await reschedule(
          helpers,
          JOBS.digest.task,
          { accountId },
          JOBS.digest.key(accountId),
          next,
        );
    }),
    [JOBS.imap.task]: step(async (payload, helpers) => {
      const { accountId } = accountPayload.parse(payload);
      try {
        await syncImap(ctxOf(accountId), { secretKey: deps.secretKey });
      } catch (error) {
        // No mailbox any more: nothing to schedule. Anything else is tried again next time.
        if (error instanceof AppError && error.field === "imap") return;
        deps.onError(error);
      }
      const next = new Date(Date.parse(deps.now()) + IMAP_SYNC_EVERY_MS).toISOString();
      await reschedule(helpers, JOBS.imap.task, { accountId }, JOBS.imap.key(accountId), next);
    }),
    [JOBS.watch.task]: step(async (payload) => {
      const { accountId, sourceId } = sourcePayload.parse(payload);
      const ctx = ctxOf(accountId);
      const source = await getWatchSource(ctx.db, accountId, sourceId);
      if (source) await pollIfOpen(ctx, source, deps.watchFetch);
    }),
  };
}

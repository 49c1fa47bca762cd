import { appendFileSync } from "node:fs";
import { Logger, run } from "graphile-worker";
import { JOBS, type JobTaskDeps, jobTasks } from "./job-tasks.js";

export interface JobQueueOptions extends Omit<JobTaskDeps, "onRun"> {
  /** The PostgreSQL the store is on (DATABASE_URL). */
  connectionString: string;
  /** graphile-worker's own schema, migrated at start-up (FOLLOWTHROUGH_QUEUE_SCHEMA). */
  schema: string;
  /** Jobs at once in this process. */
  concurrency: number;
  /** A file to which each job run is appended as a JSON line (FOLLOWTHROUGH_JOB_JOURNAL). */
  journalPath?: string | undefined;
}

export interface RunningJobQueue {
  stop(): Promise<void>;
}

/**
 * Every minute the watch's due sources are handed out; every quarter hour each account's digest
 * and mailbox jobs are made sure of. graphile-worker's crontab adds a tick's job once however many
 * workers run (it records each tick it has scheduled), and the job key keeps it one job.
 */
export const CRONTAB = [
  `* * * * * ${JOBS.scheduleWatch.task} ?jobKey=${JOBS.scheduleWatch.key()}&jobKeyMode=preserve_run_at&max=1`,
  `*/15 * * * * ${JOBS.scheduleAccounts.task} ?jobKey=${JOBS.scheduleAccounts.key()}&jobKeyMode=preserve_run_at&max=1`,
].join("\n");

/**
 * The hosted mode's job queue (graphile-worker on the store's PostgreSQL, in its own schema):
 * runs the scheduled work per account (jobTasks) in any number of processes, each job once.
 * Each start-up also adds both schedules' jobs under their keys, so a new deployment does not
 * wait for the clock, and two processes starting together add each once.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<RunningJobQueue> {
  const { journalPath } = options;
  const onRun = journalPath
    ? (task: string, key: string | null) =>
        appendFileSync(
          journalPath,
          `${JSON.stringify({ at: new Date().toISOString(), pid: process.pid, task, key })}\n`,
        )
    : undefined;
  const runner = await run({
    connectionString: options.connectionString,
    schema: options.schema,
    concurrency: options.concurrency,
    maxPoolSize: options.concurrency + 2,
    noHandleSignals: true,
    pollInterval: 2000,
    taskList: jobTasks({ ...options, ...(onRun ? { onRun } : {}) }),
    crontab: CRONTAB,
    logger: quietLogger(),
  });
  for (const job of [JOBS.scheduleAccounts, JOBS.scheduleWatch])
    await runner.addJob(
      job.task,
      {},
      { jobKey: job.key(), jobKeyMode: "unsafe_dedupe", maxAttempts: 1 },
    );
  return { stop: () => runner.stop() };
}

/** graphile-worker's warnings and errors on standard error; its routine lines left out. */
function quietLogger(): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning")
      process.stderr.write(`job queue ${level}: ${message}\n`);
  });
}

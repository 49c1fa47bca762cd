import { invalidInput } from "../../../errors/app-error.js";
import type { JobQueueOptions } from "./start-job-queue.js";

export type JobQueueSettings = Pick<
  JobQueueOptions,
  "connectionString" | "schema" | "concurrency" | "journalPath"
>;

const DEFAULT_JOBS = 2;

/**
 * The hosted job queue's settings: DATABASE_URL (PostgreSQL), FOLLOWTHROUGH_QUEUE_SCHEMA
 * (graphile_worker) and FOLLOWTHROUGH_JOB_JOURNAL; `jobs` from --jobs.
 */
export function jobQueueFromEnv(env: NodeJS.ProcessEnv, jobs?: string): JobQueueSettings {
  const databaseUrl = env.DATABASE_URL?.trim() ?? "";
  if (!/^postgres(ql)?:\/\//i.test(databaseUrl))
    throw invalidInput(
      "DATABASE_URL",
      "The hosted job queue runs on PostgreSQL: set DATABASE_URL to the hosted store's URL.",
      "postgres://user@host:5432/db",
    );
  const schema = env.FOLLOWTHROUGH_QUEUE_SCHEMA?.trim() || "graphile_worker";
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw invalidInput(
      "FOLLOWTHROUGH_QUEUE_SCHEMA",
      `FOLLOWTHROUGH_QUEUE_SCHEMA "${schema}" is not a plain PostgreSQL schema name.`,
      "lower-case letters, digits and _ (default graphile_worker)",
    );
  const concurrency = jobs === undefined ? DEFAULT_JOBS : Number(jobs);
  if (!/^\d+$/.test(jobs ?? "2") || concurrency < 1 || concurrency > 64)
    throw invalidInput(
      "jobs",
      `--jobs "${jobs}" is not a number of jobs at once.`,
      "a whole number from 1 to 64",
    );
  return {
    connectionString: databaseUrl,
    schema,
    concurrency,
    journalPath: env.FOLLOWTHROUGH_JOB_JOURNAL || undefined,
  };
}

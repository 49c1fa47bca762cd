import { AppError } from "../../errors/app-error.js";

/** The worker's settings that the environment may set; anything unset keeps its default. */
export interface WorkerEnvOptions {
  leaseMs?: number;
  pollMs?: number;
  smtpTimeoutMs?: number;
  smtpDeadlineMs?: number;
  concurrency?: number;
  /** A file to which each delivery step is appended as one JSON line. */
  journalPath?: string;
}

/**
 * FOLLOWTHROUGH_WORKER_LEASE_MS, _POLL_MS, _CONCURRENCY, FOLLOWTHROUGH_SMTP_TIMEOUT_MS,
 * _DEADLINE_MS and FOLLOWTHROUGH_DELIVERY_JOURNAL, for `run-worker` and the worker inside `serve`.
 */
export function workerOptionsFromEnv(env: NodeJS.ProcessEnv): WorkerEnvOptions {
  const number = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0)
      throw new AppError("INVALID_INPUT", `${name} is not a number of milliseconds: "${raw}".`, {
        field: name,
        accepted: "a whole number above 0",
      });
    return value;
  };
  const options: WorkerEnvOptions = {
    leaseMs: number("FOLLOWTHROUGH_WORKER_LEASE_MS"),
    pollMs: number("FOLLOWTHROUGH_WORKER_POLL_MS"),
    smtpTimeoutMs: number("FOLLOWTHROUGH_SMTP_TIMEOUT_MS"),
    smtpDeadlineMs: number("FOLLOWTHROUGH_SMTP_DEADLINE_MS"),
    concurrency: number("FOLLOWTHROUGH_WORKER_CONCURRENCY"),
    journalPath: env.FOLLOWTHROUGH_DELIVERY_JOURNAL || undefined,
  };
  return Object.fromEntries(
    Object.entries(options).filter(([, v]) => v !== undefined),
  ) as WorkerEnvOptions;
}

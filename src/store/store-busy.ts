import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "../errors/app-error.js";

/**
 * Errors that mean "another writer was in the way; the same work can simply run again":
 * SQLite's BUSY (another process holds the write lock) and PostgreSQL's serialization failure
 * and deadlock. Nothing of the failed attempt was kept, so a retry is safe.
 */
export function isRetryableStoreError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return false;
  return code.startsWith("SQLITE_BUSY") || code === "40001" || code === "40P01";
}

/** What a person is told when the store stayed busy through every retry. */
export function storeBusy(cause: unknown): AppError {
  return new AppError(
    "BUSY",
    "The store is busy with another change (another followthrough window or command is writing); nothing was changed. Try again in a moment.",
    { field: "store", accepted: "the same request again after a moment", cause },
  );
}

export interface RetryPolicy {
  /** Give up (and say the store is busy) once this much time has passed. */
  deadlineMs: number;
  /** The first pause between attempts; it doubles each time, with jitter, up to maxPauseMs. */
  firstPauseMs: number;
  maxPauseMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { deadlineMs: 10_000, firstPauseMs: 5, maxPauseMs: 250 };

/**
 * Runs `attempt` again while it fails with a retryable store error, waiting asynchronously
 * between attempts (the event loop stays free for other requests), until the deadline.
 */
export async function retryWhileBusy<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  const start = Date.now();
  let pause = policy.firstPauseMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryableStoreError(error)) throw error;
      if (Date.now() - start + pause > policy.deadlineMs) throw storeBusy(error);
      await sleep(pause / 2 + Math.random() * pause);
      pause = Math.min(pause * 2, policy.maxPauseMs);
    }
  }
}

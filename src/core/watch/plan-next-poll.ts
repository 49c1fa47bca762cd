import type { SourceStatus } from "./watch-records.js";

const MINUTE = 60_000;
/** A source read well is read again after this long: postings and press releases move in days. */
export const POLL_EVERY_MS = 6 * 60 * MINUTE;
/** After a failure, back off from 30 minutes, doubling, to at most a day. */
const FIRST_BACKOFF_MS = 30 * MINUTE;
const MAX_BACKOFF_MS = 24 * 60 * MINUTE;
/** This many failed reads in a row pause the source until the user checks it again. */
export const PAUSE_AFTER_FAILURES = 5;

export type PollResult =
  | { kind: "ok" }
  | { kind: "failed"; reason: string; retryAfterSeconds: number | null }
  /** Will not work by trying again (a refused address, a web page given as a feed). */
  | { kind: "refused"; reason: string };

export interface NextPoll {
  status: SourceStatus;
  statusReason: string | null;
  failures: number;
  nextCheckAt: string;
}

/**
 * A source's state after a read, and when to read it next (R20): every 6 h while it works; after
 * a failure, exponential back-off (30 min … 24 h) but never sooner than the server's Retry-After;
 * paused after 5 failures in a row, or at once when trying again cannot help. Pure: `now` is given.
 */
export function planNextPoll(previousFailures: number, result: PollResult, now: string): NextPoll {
  const at = (ms: number) => new Date(Date.parse(now) + ms).toISOString();
  if (result.kind === "ok")
    return { status: "ok", statusReason: null, failures: 0, nextCheckAt: at(POLL_EVERY_MS) };
  const failures = previousFailures + 1;
  if (result.kind === "refused")
    return {
      status: "paused",
      statusReason: result.reason,
      failures,
      nextCheckAt: at(MAX_BACKOFF_MS),
    };
  const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** Math.min(failures - 1, 10), MAX_BACKOFF_MS);
  const wait = Math.max(backoff, (result.retryAfterSeconds ?? 0) * 1000);
  if (failures >= PAUSE_AFTER_FAILURES)
    return {
      status: "paused",
      statusReason: `Paused after ${failures} failed reads in a row. Last: ${result.reason}`,
      failures,
      nextCheckAt: at(wait),
    };
  return { status: "failing", statusReason: result.reason, failures, nextCheckAt: at(wait) };
}

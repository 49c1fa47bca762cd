/** Attempts before a message that keeps failing temporarily is given up as failed. */
export const MAX_ATTEMPTS = 6;
const BASE_MS = 60_000;
const CAP_MS = 2 * 60 * 60_000;

/**
 * Exponential back-off with full jitter: about 1, 2, 4, 8, 16 minutes after attempts 1…5, never
 * more than two hours, so many messages failing together do not retry in lockstep.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

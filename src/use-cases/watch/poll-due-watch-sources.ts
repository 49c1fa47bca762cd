import type { FetchPolicy } from "../../delivery/web/fetch-policy.js";
import { listDueWatchSources } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { pollIfOpen } from "./poll-if-open.js";

export interface DuePollSummary {
  polled: number;
  /** Due, but its company's process is not open (before the interview, after it all ended). */
  skipped: number;
}

/**
 * One round of the local worker's watch (R20): every source that is due and not paused, of any
 * account, whose company's process is open, read once through pollIfOpen — the same step the
 * hosted job queue runs per source. One source's failure is its own status and stops nothing else.
 */
export async function pollDueWatchSources(
  base: Omit<UseCaseContext, "accountId">,
  policy: FetchPolicy,
  limit = 20,
): Promise<DuePollSummary> {
  const due = await listDueWatchSources(base.db, base.now(), limit);
  let polled = 0;
  let skipped = 0;
  for (const { accountId, source } of due) {
    const outcome = await pollIfOpen({ ...base, accountId }, source, policy);
    if (outcome === "polled") polled++;
    if (outcome === "skipped") skipped++;
  }
  return { polled, skipped };
}

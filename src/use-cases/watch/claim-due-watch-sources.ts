import { MAX_QUEUED_POLLS_PER_ACCOUNT_PER_HOUR } from "../../core/watch/watch-limits.js";
import { withinHourlyLimit } from "../../core/watch/within-hourly-limit.js";
import {
  claimWatchSource,
  countRecentWatchChecks,
  listDueWatchSourceIds,
} from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";

const HOUR_MS = 3600_000;
/** A claimed source not read by then (its job lost with its worker) is due again. */
export const CLAIM_HOLD_MS = 15 * 60_000;

export interface ClaimedSource {
  accountId: string;
  sourceId: string;
}

/**
 * The hosted job queue's look at the company watch (R20): the sources due a read, of every
 * account, within each account's hourly allowance (MAX_QUEUED_POLLS_PER_ACCOUNT_PER_HOUR, a
 * source at most once an hour), each claimed so that it is handed out once however many
 * schedulers run. The caller queues one read per claimed source.
 */
export async function claimDueWatchSources(
  base: Omit<UseCaseContext, "accountId">,
  batch = 200,
): Promise<ClaimedSource[]> {
  const now = base.now();
  const hourAgo = new Date(Date.parse(now) - HOUR_MS).toISOString();
  const due = await listDueWatchSourceIds(base.db, { now, checkedSince: hourAgo, limit: batch });
  const recent = await countRecentWatchChecks(base.db, hourAgo);
  const holdUntil = new Date(Date.parse(now) + CLAIM_HOLD_MS).toISOString();
  const claimed: ClaimedSource[] = [];
  for (const source of withinHourlyLimit(due, recent, MAX_QUEUED_POLLS_PER_ACCOUNT_PER_HOUR))
    if (await claimWatchSource(base.db, source, holdUntil))
      claimed.push({ accountId: source.accountId, sourceId: source.sourceId });
  return claimed;
}

import type { FetchPolicy } from "../../delivery/web/fetch-policy.js";
import {
  listDueWatchSources,
  saveWatchSourceState,
} from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { loadWatchWindow } from "./load-watch-window.js";
import { pollWatchSource } from "./poll-watch-source.js";

/** A company whose process is not open is looked at again after this long, without a fetch. */
const CLOSED_RECHECK_MS = 24 * 3600_000;

export interface DuePollSummary {
  polled: number;
  /** Due, but its company's process is not open (before the interview, after it all ended). */
  skipped: number;
}

/**
 * One round of the local worker's watch (R20): every source that is due and not paused, of any
 * account, whose company's process is open, read once through pollWatchSource — the same
 * idempotent step a hosted job queue would run per source. One source's failure is its own
 * status and stops nothing else.
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
    const ctx: UseCaseContext = { ...base, accountId };
    const window = await loadWatchWindow(ctx, source.companyId);
    if (!window.open) {
      skipped++;
      const nextCheckAt = new Date(Date.parse(ctx.now()) + CLOSED_RECHECK_MS).toISOString();
      const { status, statusReason, failures, etag, lastModified, lastCheckedAt, title } = source;
      await saveWatchSourceState(ctx.db, accountId, source.id, {
        status,
        statusReason,
        failures,
        etag,
        lastModified,
        lastCheckedAt,
        title,
        nextCheckAt,
      });
      continue;
    }
    try {
      await pollWatchSource(ctx, { sourceId: source.id }, policy);
      polled++;
    } catch {
      // Removed meanwhile (NOT_FOUND) or the store was busy: the next round sees it again.
    }
  }
  return { polled, skipped };
}

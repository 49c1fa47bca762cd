import type { WatchSource } from "../../core/watch/watch-records.js";
import type { FetchPolicy } from "../../delivery/web/fetch-policy.js";
import { saveWatchSourceState } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { loadWatchWindow } from "./load-watch-window.js";
import { pollWatchSource } from "./poll-watch-source.js";

/** A company whose process is not open is looked at again after this long, without a fetch. */
const CLOSED_RECHECK_MS = 24 * 3600_000;

/**
 * One due source's turn (R20), for the local worker's round and the hosted job queue alike:
 * read once through pollWatchSource while its company's process is open, else put off a day
 * without a fetch. A failure is the source's own status; a source removed meanwhile is "gone".
 */
export async function pollIfOpen(
  ctx: UseCaseContext,
  source: WatchSource,
  policy: FetchPolicy,
): Promise<"polled" | "skipped" | "gone"> {
  const window = await loadWatchWindow(ctx, source.companyId);
  if (!window.open) {
    const nextCheckAt = new Date(Date.parse(ctx.now()) + CLOSED_RECHECK_MS).toISOString();
    const { status, statusReason, failures, etag, lastModified, lastCheckedAt, title } = source;
    await saveWatchSourceState(ctx.db, ctx.accountId, source.id, {
      status,
      statusReason,
      failures,
      etag,
      lastModified,
      lastCheckedAt,
      title,
      nextCheckAt,
    });
    return "skipped";
  }
  try {
    await pollWatchSource(ctx, { sourceId: source.id }, policy);
    return "polled";
  } catch {
    // Removed meanwhile (NOT_FOUND) or the store was busy: the next round sees it again.
    return "gone";
  }
}

import type { WatchItem } from "./watch-records.js";

/**
 * The postings that are new since `since` (the interview): published after it by the board's own
 * date, or, without one, first seen after it by a read later than the source's first (what the
 * first read finds was there before the watch began, whenever it was posted).
 */
export function newPostingsSince(items: readonly WatchItem[], since: string): WatchItem[] {
  const baseline = new Map<string, string>();
  for (const item of items) {
    const seen = baseline.get(item.sourceId);
    if (seen === undefined || item.firstSeenAt < seen)
      baseline.set(item.sourceId, item.firstSeenAt);
  }
  return items.filter((item) => {
    if (item.kind !== "posting" || item.dismissedAt !== null) return false;
    if (item.publishedAt !== null) return item.publishedAt > since;
    return item.firstSeenAt > since && item.firstSeenAt > (baseline.get(item.sourceId) ?? "");
  });
}

/** "Acme posted 2 new positions since your interview on 20 Nov." (R20), or null for none. */
export function describeNewPostings(
  companyName: string,
  count: number,
  interviewStartsAt: string,
  timeZone: string,
): string | null {
  if (count === 0) return null;
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone }).format(
    new Date(interviewStartsAt),
  );
  return `${companyName} posted ${count === 1 ? "1 new position" : `${count} new positions`} since your interview on ${day}.`;
}

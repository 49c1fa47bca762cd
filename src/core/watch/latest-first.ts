import type { WatchItem } from "./watch-records.js";

/** When an item is dated: as published, else as first seen. */
export const datedAt = (item: WatchItem): string => item.publishedAt ?? item.firstSeenAt;

/** Items newest first, by when they are dated. */
export function latestFirst<T extends WatchItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    datedAt(a) < datedAt(b) ? 1 : datedAt(a) > datedAt(b) ? -1 : 0,
  );
}

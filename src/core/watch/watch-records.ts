import type { BoardProvider } from "./watch.types.js";

export const SOURCE_KINDS = ["board", "feed"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** pending: not read yet; ok: read last time; failing: the last reads failed; paused: stopped. */
export const SOURCE_STATUSES = ["pending", "ok", "failing", "paused"] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const WATCH_ITEM_KINDS = ["posting", "news"] as const;
export type WatchItemKind = (typeof WATCH_ITEM_KINDS)[number];

/** A careers board or news feed watched for a company (R20). */
export interface WatchSource {
  id: string;
  companyId: string;
  kind: SourceKind;
  provider: BoardProvider | null;
  token: string | null;
  /** What is fetched: the board's postings API or the feed. */
  url: string;
  /** What the user pasted. */
  inputUrl: string;
  /** The feed's own title, once read. */
  title: string | null;
  status: SourceStatus;
  /** Why it is failing or paused, in words the user can act on; null when ok. */
  statusReason: string | null;
  /** Failed reads in a row. */
  failures: number;
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  nextCheckAt: string;
  createdAt: string;
}

/** A posting or news item a source was found to hold, with when it was first seen. */
export interface WatchItem {
  id: string;
  companyId: string;
  sourceId: string;
  kind: WatchItemKind;
  /** SHA-256 of the board's posting id, or of the feed item's GUID or URL: what it is kept by. */
  itemKey: string;
  title: string;
  url: string | null;
  location: string | null;
  department: string | null;
  summary: string | null;
  publishedAt: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Set once the user dismissed it: the tombstone that keeps it dismissed on the next poll. */
  dismissedAt: string | null;
}

/** The news item the user picked for a check-in to mention (R20): one per action. */
export interface NewsPick {
  actionId: string;
  itemId: string;
  pickedAt: string;
}

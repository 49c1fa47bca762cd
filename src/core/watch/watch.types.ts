// What a company publishes that the watch keeps (R20): positions on its careers board and items
// of its news feeds. Parsed from what a provider answered, never fetched here (core is pure).

export const BOARD_PROVIDERS = [
  "greenhouse",
  "lever",
  "ashby",
  "workable",
  "smartrecruiters",
  "recruitee",
] as const;
export type BoardProvider = (typeof BOARD_PROVIDERS)[number];

/** A careers board: its provider, the board's token there, and the API that lists its postings. */
export interface BoardSource {
  kind: "board";
  provider: BoardProvider;
  token: string;
  /** The provider's public, key-less postings API for this board. */
  apiUrl: string;
}

/** A news feed (RSS 2.0, Atom or JSON Feed) at a URL. */
export interface FeedSource {
  kind: "feed";
  url: string;
}

export type SourceRef = BoardSource | FeedSource;

/** One open position as a board lists it, in one shape whatever the provider. */
export interface Posting {
  /** The provider's own id of the posting: stable across polls, the key it is kept by. */
  boardId: string;
  title: string;
  /** The posting's public page (http or https), or null when the board gives none. */
  url: string | null;
  location: string | null;
  department: string | null;
  /** When the board says it was published or last updated, UTC ISO-8601, or null. */
  postedAt: string | null;
}

/** One item of a news feed. */
export interface NewsItem {
  /** The item's GUID or id as the feed gives it, else its URL: what it is deduplicated by. */
  key: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  /** Plain text, at most a few sentences, or null. */
  summary: string | null;
}

/** Why a response could not be read, in words the user can act on. */
export interface ParseProblem {
  problem: string;
  /** A feed URL the page names (a web page given where a feed was expected), or null. */
  feedLink?: string | null;
}

export type ParseOutcome<T> = ({ ok: true } & T) | ({ ok: false } & ParseProblem);

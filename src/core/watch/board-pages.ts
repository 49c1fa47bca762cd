import type { BoardProvider } from "./watch.types.js";

// Boards whose postings API answers in pages (R20). SmartRecruiters pages by `offset`/`limit`
// (at most 100) and says how many there are in `totalFound`; Lever takes `skip`/`limit` and
// gives no total, so a short page is the last. Greenhouse, Ashby, Workable and Recruitee list
// every posting in one answer.

/** Postings asked for per page, the most SmartRecruiters gives. */
export const BOARD_PAGE_SIZE = 100;
/** Pages read per poll at most: 1,000 postings, so one huge board stays a bounded read. */
export const MAX_BOARD_PAGES = 10;

const PAGING: { readonly [P in BoardProvider]: { offset: string; limit: string } | null } = {
  greenhouse: null,
  lever: { offset: "skip", limit: "limit" },
  ashby: null,
  workable: null,
  smartrecruiters: { offset: "offset", limit: "limit" },
  recruitee: null,
};

/** The address of page `page` (0 first) of a board's postings API. */
export function boardPageUrl(provider: BoardProvider, apiUrl: string, page: number): string {
  const paging = PAGING[provider];
  if (paging === null) return apiUrl;
  const url = new URL(apiUrl);
  url.searchParams.set(paging.offset, String(page * BOARD_PAGE_SIZE));
  url.searchParams.set(paging.limit, String(BOARD_PAGE_SIZE));
  return url.toString();
}

/** What one page held: how many postings it listed, and the total the board gave, if any. */
export interface BoardPage {
  listed: number;
  total: number | null;
}

/**
 * The page to read after `page`, or null: none when the board does not page, the page was short
 * or empty, the total is reached, or the cap is (then `capped` says so).
 */
export function nextBoardPage(
  provider: BoardProvider,
  page: number,
  read: BoardPage,
): { next: number | null; capped: boolean } {
  const more =
    PAGING[provider] !== null &&
    read.listed >= BOARD_PAGE_SIZE &&
    (read.total === null || (page + 1) * BOARD_PAGE_SIZE < read.total);
  if (!more) return { next: null, capped: false };
  return page + 1 >= MAX_BOARD_PAGES
    ? { next: null, capped: true }
    : { next: page + 1, capped: false };
}

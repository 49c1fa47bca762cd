import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOARD_PAGE_SIZE, boardPageUrl, MAX_BOARD_PAGES, nextBoardPage } from "./board-pages.js";
import { recogniseSource } from "./recognise-source.js";
import { BOARD_PROVIDERS, type BoardProvider } from "./watch.types.js";

const apiOf = (url: string) => {
  const source = recogniseSource(url);
  if (source.kind !== "board") throw new Error(`${url} is no board`);
  return source.apiUrl;
};

describe("board pages (R20)", () => {
  it("asks SmartRecruiters by offset/limit and Lever by skip/limit, keeping the API's own query", () => {
    expect(
      boardPageUrl("smartrecruiters", apiOf("https://jobs.smartrecruiters.com/AcmeCorp"), 2),
    ).toBe("https://api.smartrecruiters.com/v1/companies/AcmeCorp/postings?offset=200&limit=100");
    expect(boardPageUrl("lever", apiOf("https://jobs.eu.lever.co/acme"), 1)).toBe(
      "https://api.eu.lever.co/v0/postings/acme?mode=json&skip=100&limit=100",
    );
    const greenhouse = apiOf("https://boards.greenhouse.io/acme");
    expect(boardPageUrl("greenhouse", greenhouse, 0)).toBe(greenhouse);
  });

  it("reads on while a page is full and the total is not reached, and stops at the cap", () => {
    const full = { listed: BOARD_PAGE_SIZE, total: null };
    expect(nextBoardPage("smartrecruiters", 0, { listed: 100, total: 250 })).toEqual({
      next: 1,
      capped: false,
    });
    expect(nextBoardPage("smartrecruiters", 1, { listed: 100, total: 200 })).toEqual({
      next: null,
      capped: false,
    });
    expect(nextBoardPage("lever", 0, full)).toEqual({ next: 1, capped: false });
    expect(nextBoardPage("lever", 1, { listed: 50, total: null })).toEqual({
      next: null,
      capped: false,
    });
    expect(nextBoardPage("lever", MAX_BOARD_PAGES - 1, full)).toEqual({ next: null, capped: true });
    expect(nextBoardPage("greenhouse", 0, full)).toEqual({ next: null, capped: false });
  });

  it("never asks for more than the cap, nor past the total, nor again after a short page (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<BoardProvider>(...BOARD_PROVIDERS),
        fc.nat({ max: 100_000 }),
        fc.option(fc.nat({ max: 100_000 })),
        (provider, size, total) => {
          // A board of `size` postings read page by page, as far as nextBoardPage leads.
          let pages = 0;
          for (let page: number | null = 0; page !== null; pages++) {
            const listed = Math.max(0, Math.min(BOARD_PAGE_SIZE, size - page * BOARD_PAGE_SIZE));
            page = nextBoardPage(provider, page, { listed, total: total ?? null }).next;
          }
          expect(pages).toBeLessThanOrEqual(MAX_BOARD_PAGES);
          const needed = Math.max(1, Math.ceil(Math.min(size, total ?? size) / BOARD_PAGE_SIZE));
          if (provider === "smartrecruiters" || provider === "lever")
            expect(pages).toBeLessThanOrEqual(Math.min(MAX_BOARD_PAGES, needed + 1));
          else expect(pages).toBe(1);
        },
      ),
    );
  });
});

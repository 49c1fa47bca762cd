import { describe, expect, it } from "vitest";
import { describeNewPostings, newPostingsSince } from "./new-postings-since.js";
import type { WatchItem } from "./watch-records.js";

const item = (over: Partial<WatchItem>): WatchItem => ({
  id: "wi_1",
  companyId: "co_1",
  sourceId: "ws_1",
  kind: "posting",
  itemKey: "0".repeat(64),
  title: "Data Engineer",
  url: null,
  location: null,
  department: null,
  summary: null,
  publishedAt: null,
  firstSeenAt: "2026-11-22T10:00:00.000Z",
  lastSeenAt: "2026-11-22T10:00:00.000Z",
  dismissedAt: null,
  ...over,
});
const INTERVIEW = "2026-11-20T15:00:00.000Z";

describe("newPostingsSince (R20)", () => {
  it("counts by the board's date when it gives one, else by a later read than the first", () => {
    const items = [
      item({ id: "a", publishedAt: "2026-11-24T09:00:00.000Z" }),
      item({ id: "b", publishedAt: "2026-11-02T09:00:00.000Z" }),
      item({ id: "c" }), // found by the first read: there before the watch began
      item({ id: "d", firstSeenAt: "2026-11-25T10:00:00.000Z" }),
      item({
        id: "e",
        firstSeenAt: "2026-11-26T10:00:00.000Z",
        dismissedAt: "2026-11-26T11:00:00.000Z",
      }),
      item({ id: "f", kind: "news", publishedAt: "2026-11-24T09:00:00.000Z" }),
    ];
    expect(newPostingsSince(items, INTERVIEW).map((i) => i.id)).toEqual(["a", "d"]);
  });

  it("says it the way the application page does", () => {
    expect(describeNewPostings("Acme", 2, INTERVIEW, "America/Chicago")).toBe(
      "Acme posted 2 new positions since your interview on 20 Nov.",
    );
    expect(describeNewPostings("Acme", 1, "2026-11-21T02:00:00.000Z", "America/Chicago")).toBe(
      "Acme posted 1 new position since your interview on 20 Nov.",
    );
    expect(describeNewPostings("Acme", 0, INTERVIEW, "UTC")).toBeNull();
  });
});

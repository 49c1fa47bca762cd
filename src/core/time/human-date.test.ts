import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/local-date.js";
import { humanDate } from "./human-date.js";

describe("humanDate", () => {
  it.each([
    ["2026-12-08", undefined, "Tue 8 Dec"],
    ["2026-12-17", 2026, "Thu 17 Dec"],
    ["2027-01-15", 2026, "Fri 15 Jan 2027"],
    ["2027-01-01", 2027, "Fri 1 Jan"],
  ])("%s (this year %s) → %s", (date, year, words) => {
    expect(humanDate(date, year)).toBe(words);
  });

  it("agrees with Intl's English weekday and month on any day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const date = addDays("2000-01-01", offset);
        const intl = new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", {
          weekday: "short",
          day: "numeric",
          month: "short",
          timeZone: "UTC",
        });
        expect(humanDate(date)).toBe(intl.replace(",", "").replace("Sept", "Sep"));
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromEpochDay, isoWeekdayOf, toEpochDay } from "./local-date.js";

describe("local dates as day numbers", () => {
  it("agrees with Date.UTC for any day between 1900 and 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(day)).toBe(viaDate);
        expect(toEpochDay(viaDate)).toBe(day);
        expect(isoWeekdayOf(day)).toBe(((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it("adds days across month and leap-year ends", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-11-20", 14)).toBe("2026-12-04");
  });

  it("rejects what is not a real date", () => {
    for (const bad of ["2026-02-29", "2026-13-01", "26-11-20", "2026/11/20", ""]) {
      expect(() => toEpochDay(bad)).toThrow(/is not a date/);
    }
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { createBusinessCalendar } from "./create-business-calendar.js";
import { holidaysInYear } from "./holidays-in-year.js";
import { addDays } from "./local-date.js";

describe("createBusinessCalendar", () => {
  const us = createBusinessCalendar("US");
  const england = createBusinessCalendar("gb", "eng");

  it("knows US Thanksgiving 2026 (Thursday 26 November) and skips it (R11)", () => {
    expect(us.holidayOn("2026-11-26")).toBe("Thanksgiving Day");
    expect(us.isBusinessDay("2026-11-26")).toBe(false);
    expect(us.addBusinessDays("2026-11-25", 1)).toBe("2026-11-27");
    expect(us.addBusinessDays("2026-11-25", 2)).toBe("2026-11-30");
  });

  it("includes UK substitute bank holidays: Christmas 2027 falls on a Saturday", () => {
    expect(england.holidayOn("2027-12-27")).toBe("Christmas Day (substitute day)");
    expect(england.holidayOn("2027-12-28")).toBe("Boxing Day (substitute day)");
    expect(england.nextBusinessDayOnOrAfter("2027-12-24")).toBe("2027-12-24");
    expect(england.addBusinessDays("2027-12-24", 1)).toBe("2027-12-29");
  });

  it("counts only public holidays, not observances", () => {
    expect(createBusinessCalendar("DE", "BY").isBusinessDay("2026-02-16")).toBe(true); // Rosenmontag
    expect(createBusinessCalendar("DE", "BY").isBusinessDay("2026-01-06")).toBe(false);
  });

  it("steps over weekends both ways and treats n = 0 as on-or-after", () => {
    expect(us.addBusinessDays("2026-11-20", 1)).toBe("2026-11-23"); // Friday → Monday
    expect(us.addBusinessDays("2026-11-23", -1)).toBe("2026-11-20");
    expect(us.addBusinessDays("2026-11-21", 0)).toBe("2026-11-23");
    expect(us.nextBusinessDayOnOrAfter("2026-11-20")).toBe("2026-11-20");
  });

  it("caches one calendar per country/region", () => {
    expect(createBusinessCalendar("US")).toBe(us);
    expect(holidaysInYear("US", null, 2026)).toBe(holidaysInYear("US", null, 2026));
  });

  it("rejects unknown countries and regions with what would be accepted", () => {
    expect(() => createBusinessCalendar("XX")).toThrow(AppError);
    try {
      createBusinessCalendar("Narnia");
    } catch (error) {
      expect((error as AppError).toJSON()).toMatchObject({
        code: "INVALID_INPUT",
        field: "country",
        accepted: "an ISO 3166 code such as US, GB, DE",
      });
    }
    expect(() => createBusinessCalendar("GB", "XYZ")).toThrow(/Unknown region/);
    expect(() => us.isBusinessDay("2026-02-30")).toThrow(AppError);
  });

  it("property: addBusinessDays lands on a business day, n business days away", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(us, england),
        (offset, n, calendar) => {
          const from = addDays("2025-01-01", offset);
          const to = calendar.addBusinessDays(from, n);
          expect(calendar.isBusinessDay(to)).toBe(true);
          let count = 0;
          for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
            if (calendar.isBusinessDay(d)) count++;
          }
          expect(count).toBe(n);
          expect(calendar.addBusinessDays(to, -n) <= from).toBe(true);
        },
      ),
    );
  });
});

import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { parseInstant } from "./parse-instant.js";
import { parseLocalDate } from "./parse-local-date.js";

const ZONES = ["Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC"];

describe("parseInstant", () => {
  it("reads a wall time without offset in the given zone", () => {
    expect(parseInstant("2026-11-20T14:00", "America/New_York", "at")).toBe(
      "2026-11-20T19:00:00.000Z",
    );
    expect(parseInstant("2026-07-01 09:30", "Europe/London", "at")).toBe(
      "2026-07-01T08:30:00.000Z",
    );
  });

  it("keeps an explicit offset", () => {
    expect(parseInstant("2026-11-20T14:00:00+09:00", "Europe/London", "at")).toBe(
      "2026-11-20T05:00:00.000Z",
    );
    expect(parseInstant("2026-11-20T14:00Z", "Asia/Tokyo", "at")).toBe("2026-11-20T14:00:00.000Z");
  });

  it.each([
    ["2026-02-30T10:00", "impossible date"],
    ["2026-13-01T10:00", "month 13"],
    ["tomorrow", "words"],
    ["2026-03-29T01:30", "inside London's spring-forward gap"],
  ])("refuses %s (%s) naming the field", (text) => {
    try {
      parseInstant(text, "Europe/London", "at");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).field).toBe("at");
      expect((error as AppError).accepted).toMatch(/ISO/);
    }
  });

  it("refuses an unknown zone", () => {
    expect(() => parseInstant("2026-11-20T10:00", "Mars/Olympus", "at")).toThrow(
      /Unknown time zone/,
    );
  });

  it("round-trips any wall time that exists in the zone (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (zone, date) => {
          const local = DateTime.fromJSDate(date, { zone }).startOf("minute");
          const text = local.toFormat("yyyy-MM-dd'T'HH:mm");
          const parsed = parseInstant(text, zone, "at");
          expect(DateTime.fromISO(parsed, { zone }).toFormat("yyyy-MM-dd'T'HH:mm")).toBe(text);
        },
      ),
    );
  });
});

describe("parseLocalDate", () => {
  it("accepts real dates and refuses impossible ones", () => {
    expect(parseLocalDate("2028-02-29", "on")).toBe("2028-02-29");
    expect(() => parseLocalDate("2027-02-29", "on")).toThrow(/not a real date/);
    expect(() => parseLocalDate("next week", "on")).toThrow(AppError);
  });
});

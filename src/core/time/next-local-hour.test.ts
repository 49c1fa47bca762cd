import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextLocalHour } from "./next-local-hour.js";

describe("nextLocalHour", () => {
  it("is later today when the hour is still ahead, else tomorrow, in the user's zone", () => {
    expect(nextLocalHour("2026-11-20T06:30:00.000Z", "Europe/Madrid", 8)).toBe(
      "2026-11-20T07:00:00.000Z",
    );
    expect(nextLocalHour("2026-11-20T07:00:00.000Z", "Europe/Madrid", 8)).toBe(
      "2026-11-21T07:00:00.000Z",
    );
    expect(nextLocalHour("2026-11-20T23:30:00.000Z", "America/New_York", 7)).toBe(
      "2026-11-21T12:00:00.000Z",
    );
  });

  it("crosses a change of clocks at the local hour (Madrid, 25 October 2026)", () => {
    expect(nextLocalHour("2026-10-24T07:00:00.000Z", "Europe/Madrid", 8)).toBe(
      "2026-10-25T07:00:00.000Z",
    );
  });

  it("is always after now and within a day and an hour of it (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2026-01-01"), max: Date.parse("2030-01-01") }),
        fc.constantFrom("UTC", "Europe/Madrid", "America/New_York", "Asia/Kolkata"),
        fc.integer({ min: 0, max: 23 }),
        (ms, zone, hour) => {
          const now = new Date(ms).toISOString();
          const next = Date.parse(nextLocalHour(now, zone, hour));
          expect(next).toBeGreaterThan(ms);
          expect(next - ms).toBeLessThanOrEqual(25 * 3600_000);
        },
      ),
    );
  });
});

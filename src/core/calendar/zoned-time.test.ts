import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { isoInZone, localDateAt, zonedInstant } from "./zoned-time.js";

const ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "America/St_Johns",
];

describe("zoned time (memoised offsets)", () => {
  it("formats like luxon toISO() for any instant 2020–2035", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_577_836_800_000, max: 2_051_222_400_000 }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const viaLuxon = DateTime.fromMillis(ms, { zone });
          expect(isoInZone(ms, zone)).toBe(viaLuxon.toISO());
          expect(localDateAt(ms, zone)).toBe(viaLuxon.toISODate());
        },
      ),
    );
  });

  it("finds the instant of a local time like luxon, across DST changes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(...ZONES),
        (dayOffset, hour, zone) => {
          const date = DateTime.fromISO("2024-01-01", { zone: "UTC" }).plus({ days: dayOffset });
          const viaLuxon = DateTime.fromObject(
            { year: date.year, month: date.month, day: date.day, hour },
            { zone },
          );
          const ours = zonedInstant(zone, date.toISODate() ?? "", hour);
          if (ours.ms !== viaLuxon.toMillis()) {
            // A repeated hour (clocks going back) has two instants; luxon picks by the offset of
            // the moment the test runs. Ours is always the earlier one, as Temporal's "compatible".
            const wall = (ms: number) =>
              DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd HH:mm");
            expect(wall(ours.ms)).toBe(wall(viaLuxon.toMillis()));
            expect(ours.ms).toBe(viaLuxon.toMillis() - 3_600_000);
            return;
          }
          expect(ours.iso).toBe(viaLuxon.toISO());
        },
      ),
    );
  });

  it("picks the earlier of a repeated hour, whatever the day it runs (1 Nov 2026, Los Angeles)", () => {
    expect(zonedInstant("America/Los_Angeles", "2026-11-01", 1).iso).toBe(
      "2026-11-01T01:00:00.000-07:00",
    );
  });

  it("shows the London clock change on 25 October 2026", () => {
    expect(zonedInstant("Europe/London", "2026-10-23", 10).iso).toBe(
      "2026-10-23T10:00:00.000+01:00",
    );
    expect(zonedInstant("Europe/London", "2026-10-26", 10).iso).toBe(
      "2026-10-26T10:00:00.000+00:00",
    );
  });

  it("rejects unknown zones", () => {
    expect(() => zonedInstant("Mars/Olympus", "2026-10-23", 10)).toThrow(AppError);
  });
});

import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { makeAction } from "./build-calendar.fixtures.js";
import { buildCalendar } from "./build-calendar.js";
import { instantOf, readCalendar, wallOf } from "./read-calendar.fixtures.js";

// Northern and southern DST, half- and quarter-hour offsets, zones without DST.
const ZONES = [
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "America/St_Johns",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Auckland",
  "Pacific/Chatham",
  "Africa/Casablanca",
  "UTC",
];
const FROM = Date.parse("2026-01-01T00:00:00Z") / 60_000;
const TO = Date.parse("2028-12-31T23:59:00Z") / 60_000;

describe("buildCalendar in any zone", () => {
  it("reads back with ical.js at luxon's local time and the same instant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FROM, max: TO }),
        fc.constantFrom(...ZONES),
        (zone, minute, userZone) => {
          const local = DateTime.fromMillis(minute * 60_000, { zone });
          const due = local.toISO() ?? "";
          const text = buildCalendar({
            name: "Follow-ups",
            now: "2026-01-01T00:00:00.000Z",
            // The window opens at the due time, so no reminder moves (reminderTime's own test).
            userZone,
            interviews: [],
            actions: [
              {
                action: makeAction({ due }),
                contactName: null,
                companyName: "Acme",
                sequence: 0,
                timeZone: zone,
              },
            ],
          });
          const [event] = readCalendar(text).events;
          expect(instantOf(event?.start as never)).toBe(local.toUTC().toISO());
          // UTC events and the repeated hour of a change are written in UTC; all else in the zone.
          if (event?.tzid !== null) {
            expect(event?.tzid).toBe(zone);
            expect(wallOf(event?.start as never)).toBe(local.toFormat("yyyy-LL-dd'T'HH:mm:ss"));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { DAY_ENDS_AT, DAY_STARTS_AT, reminderTime } from "./reminder-time.js";

const ZONES = [
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
  "America/St_Johns",
  "Asia/Tokyo",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "UTC",
];
const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone });

describe("reminderTime (R24, R26)", () => {
  it("keeps a due time in the user's day, in the recipient's zone", () => {
    const due = at("2026-03-03T10:00", "America/New_York");
    const { start, moved } = reminderTime({
      due,
      opens: due.minus({ days: 1 }),
      userZone: "Europe/London",
      forUserAlone: false,
    });
    expect([moved, start.zoneName, start.toISO()]).toEqual([
      false,
      "America/New_York",
      due.toISO(),
    ]);
  });

  it("moves a due time in the user's night to the user's morning, not before the window opens", () => {
    const due = at("2026-03-03T10:00", "America/New_York"); // 00:00 Wed in Tokyo
    const early = reminderTime({
      due,
      opens: due.minus({ days: 2 }),
      userZone: "Asia/Tokyo",
      forUserAlone: false,
    });
    expect([early.moved, early.start.toISO()]).toEqual([true, "2026-03-03T09:00:00.000+09:00"]);
    // The window opened at 15:00 Tokyo on Tuesday: the reminder comes then, not at 09:00.
    const opens = at("2026-03-03T15:00", "Asia/Tokyo");
    const late = reminderTime({ due, opens, userZone: "Asia/Tokyo", forUserAlone: false });
    expect([late.moved, late.start.toISO()]).toEqual([true, "2026-03-03T15:00:00.000+09:00"]);
    // A window that opens at the due time leaves nothing better than the due time.
    expect(
      reminderTime({ due, opens: due, userZone: "Asia/Tokyo", forUserAlone: false }).moved,
    ).toBe(false);
  });

  it("writes a note to the user alone (the move-on) in the user's zone, in the morning", () => {
    const due = at("2027-01-05T09:00", "America/Los_Angeles");
    const { start, moved } = reminderTime({
      due: due.setZone("Asia/Tokyo"),
      opens: due.minus({ days: 7 }),
      userZone: "America/Los_Angeles",
      forUserAlone: true,
    });
    expect([moved, start.zoneName, start.toFormat("HH:mm")]).toEqual([
      false,
      "America/Los_Angeles",
      "09:00",
    ]);
    // One stored at midnight (an older plan) goes to 09:00 the day before, in the user's zone.
    const midnight = reminderTime({
      due: at("2027-01-05T00:00", "America/Los_Angeles"),
      opens: due.minus({ days: 7 }),
      userZone: "America/Los_Angeles",
      forUserAlone: true,
    });
    expect(midnight.start.toISO()).toBe("2027-01-04T09:00:00.000-08:00");
  });

  it("property: awake in the user's zone, between the window's opening and the due time, or unmoved", () => {
    const minute = fc.integer({
      min: Date.parse("2026-01-01T00:00:00Z") / 60_000,
      max: Date.parse("2028-12-31T00:00:00Z") / 60_000,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        minute,
        fc.integer({ min: 0, max: 72 * 60 }),
        fc.boolean(),
        (zone, userZone, dueMinute, openBefore, forUserAlone) => {
          const due = DateTime.fromMillis(dueMinute * 60_000, { zone });
          const opens = due.minus({ minutes: openBefore });
          const { start, moved } = reminderTime({ due, opens, userZone, forUserAlone });
          if (forUserAlone) expect(start.zoneName).toBe(userZone);
          if (!moved) {
            expect(start.toMillis()).toBe(due.toMillis());
            return;
          }
          const local = start.setZone(userZone);
          expect(local.hour >= DAY_STARTS_AT && local.hour < DAY_ENDS_AT).toBe(true);
          const hour = due.setZone(userZone).hour;
          expect(hour < DAY_STARTS_AT || hour >= DAY_ENDS_AT).toBe(true);
          expect(start.toMillis()).toBeGreaterThanOrEqual(opens.toMillis());
          expect(start.toMillis()).toBeLessThan(due.toMillis());
          expect(due.toMillis() - start.toMillis()).toBeLessThanOrEqual(25 * 3_600_000);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

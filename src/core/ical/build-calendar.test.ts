import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import type { ActionStatus } from "../domain/types.js";
import { makeAction, makeInterview } from "./build-calendar.fixtures.js";
import { buildCalendar } from "./build-calendar.js";
import type { CalendarAction } from "./build-calendar.types.js";
import { instantOf, readCalendar, wallOf } from "./read-calendar.fixtures.js";

const NOW = "2026-01-10T12:00:00.000Z";

function entry(id: string, due: string, timeZone: string, extra: Partial<CalendarAction> = {}) {
  return {
    action: makeAction({ id, due }),
    contactName: "Dana Whitfield",
    companyName: "Acme",
    sequence: 0,
    timeZone,
    ...extra,
  };
}

function build(actions: CalendarAction[], now = NOW, userZone = "Europe/London"): string {
  return buildCalendar({ name: "Follow-ups", interviews: [], actions, now, userZone });
}

describe("buildCalendar", () => {
  it("keeps 09:00 Europe/London in winter (GMT) and summer (BST)", () => {
    const { events } = readCalendar(
      build([
        entry("winter", "2026-01-15T09:00:00.000+00:00", "Europe/London"),
        entry("summer", "2026-07-15T09:00:00.000+01:00", "Europe/London"),
      ]),
    );
    expect(events.map((e) => [e.uid, e.tzid, wallOf(e.start), instantOf(e.start)])).toEqual([
      ["winter@followthrough", "Europe/London", "2026-01-15T09:00:00", "2026-01-15T09:00:00.000Z"],
      ["summer@followthrough", "Europe/London", "2026-07-15T09:00:00", "2026-07-15T08:00:00.000Z"],
    ]);
    expect(instantOf(events[0]?.end as never)).toBe("2026-01-15T09:30:00.000Z");
  });

  it("keeps 09:00 America/New_York on both sides of the November change", () => {
    const { events } = readCalendar(
      build([
        entry("before", "2026-10-30T09:00:00.000-04:00", "America/New_York"),
        entry("after", "2026-11-03T09:00:00.000-05:00", "America/New_York"),
      ]),
    );
    expect(events.map((e) => [wallOf(e.start), instantOf(e.start)])).toEqual([
      ["2026-10-30T09:00:00", "2026-10-30T13:00:00.000Z"],
      ["2026-11-03T09:00:00", "2026-11-03T14:00:00.000Z"],
    ]);
  });

  it("writes a time in the repeated hour of the change in UTC, as TZID would be ambiguous", () => {
    // Due at 01:30 for the recipient, in the afternoon for a user in Tokyo: not moved.
    const text = build(
      [
        entry("edt", "2026-11-01T01:30:00.000-04:00", "America/New_York"),
        entry("est", "2026-11-01T01:30:00.000-05:00", "America/New_York"),
      ],
      NOW,
      "Asia/Tokyo",
    );
    const { events } = readCalendar(text);
    expect(events.map((e) => [e.tzid, instantOf(e.start)])).toEqual([
      [null, "2026-11-01T05:30:00.000Z"],
      [null, "2026-11-01T06:30:00.000Z"],
    ]);
    expect(text).toContain("DTSTART:20261101T053000Z");
  });

  it("gives each action one stable UID and carries SEQUENCE, so a re-plan updates (R24)", () => {
    const first = readCalendar(build([entry("a1", "2026-03-03T17:00:00.000Z", "Europe/London")]));
    const replanned = readCalendar(
      build(
        [entry("a1", "2026-03-04T17:00:00.000Z", "Europe/London", { sequence: 1 })],
        "2026-03-02T08:00:00.000Z",
      ),
    );
    const again = readCalendar(build([entry("a1", "2026-03-03T17:00:00.000Z", "Europe/London")]));
    expect(first.events.map((e) => [e.uid, e.sequence])).toEqual([["a1@followthrough", 0]]);
    expect(replanned.events.map((e) => [e.uid, e.sequence])).toEqual([["a1@followthrough", 1]]);
    expect(again.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
  });

  it("has a VTIMEZONE for every zone an event names", () => {
    const interviews = [
      {
        interview: makeInterview({ timeZone: "Asia/Tokyo", startsAt: "2026-05-01T01:00:00.000Z" }),
        companyName: "Example KK",
        role: "SRE",
      },
    ];
    const text = buildCalendar({
      name: "Follow-ups",
      now: NOW,
      userZone: "Europe/London",
      interviews,
      actions: [
        entry("a1", "2026-05-01T17:00:00.000+01:00", "Europe/London"),
        entry("a2", "2026-05-02T09:00:00.000-07:00", "America/Los_Angeles"),
      ],
    });
    const { events, zones } = readCalendar(text);
    const used = new Set(events.map((e) => e.tzid));
    expect(new Set(zones)).toEqual(used);
    expect(used).toEqual(new Set(["Asia/Tokyo", "Europe/London", "America/Los_Angeles"]));
  });

  it("writes the interview in its own zone for an hour", () => {
    const { events } = readCalendar(
      buildCalendar({
        name: "Follow-ups",
        now: NOW,
        userZone: "Europe/London",
        interviews: [{ interview: makeInterview(), companyName: "Acme", role: "Staff Engineer" }],
        actions: [],
      }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: "interview-int-1@followthrough",
      tzid: "Europe/London",
      summary: "Interview: Staff Engineer at Acme (round 1)",
      alarms: [],
    });
    expect(wallOf(events[0]?.start as never)).toBe("2026-03-02T14:00:00");
    expect(wallOf(events[0]?.end as never)).toBe("2026-03-02T15:00:00");
  });

  it("puts a display alarm 15 minutes before every action, with the why and the rules", () => {
    const { events } = readCalendar(
      build([
        entry("a1", "2026-03-03T17:00:00.000Z", "Europe/London"),
        entry("a2", "2026-03-05T17:00:00.000Z", "Europe/London", { contactName: null }),
      ]),
    );
    for (const event of events) {
      expect(event.alarms).toHaveLength(1);
      expect(event.alarms[0]?.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(String(event.alarms[0]?.getFirstPropertyValue("trigger"))).toBe("-PT15M");
      expect(event.description).toBe(
        "Thank Dana the same day, while the conversation is fresh.\n\nRules: R6, R19",
      );
    }
    expect(events.map((e) => e.summary)).toEqual([
      "Thank-you email to Dana Whitfield (Acme)",
      "Thank-you email (Acme)",
    ]);
  });

  it("writes DTSTAMP as now in UTC, ending in Z", () => {
    const text = build(
      [entry("a1", "2026-03-03T17:00:00.000-05:00", "America/New_York")],
      "2026-01-10T07:00:00.000-05:00",
    );
    const stamps = text.split("\r\n").filter((line) => line.startsWith("DTSTAMP"));
    expect(stamps).toEqual(["DTSTAMP:20260110T120000Z"]);
  });

  it("sends skipped and cancelled actions as CANCELLED without an alarm, leaves out sent and done", () => {
    const statuses: ActionStatus[] = [
      "planned",
      "drafted",
      "approved",
      "sent",
      "done",
      "skipped",
      "cancelled",
    ];
    const actions = statuses.map((status) => ({
      ...entry(status, "2026-03-03T17:00:00.000Z", "Europe/London", { sequence: 2 }),
      action: makeAction({
        id: status,
        status,
        due: "2026-03-03T17:00:00.000Z",
        skipReason: status === "skipped" ? "Called her instead" : null,
      }),
    }));
    const { events } = readCalendar(build(actions));
    expect(events.map((e) => [e.uid, e.status, e.alarms.length, e.sequence])).toEqual([
      ["planned@followthrough", "CONFIRMED", 1, 2],
      ["drafted@followthrough", "CONFIRMED", 1, 2],
      ["approved@followthrough", "CONFIRMED", 1, 2],
      ["skipped@followthrough", "CANCELLED", 0, 2],
      ["cancelled@followthrough", "CANCELLED", 0, 2],
    ]);
    expect(events[3]?.description).toMatch(/^Skipped by you: Called her instead\. Nothing to do\./);
    expect(events[4]?.description).toMatch(/^No longer in the plan/);
  });

  it("puts a reminder due in the user's night in the user's morning, a move-on in the user's zone", () => {
    // Due 10:00 in New York is 00:00 the next day in Tokyo: the reminder goes to 09:00 Tokyo.
    const nightly = entry("ny", "2026-03-03T10:00:00.000-05:00", "America/New_York", {
      action: makeAction({
        id: "ny",
        due: "2026-03-03T10:00:00.000-05:00",
        window: {
          start: "2026-03-02T09:00:00.000-05:00",
          due: "2026-03-03T10:00:00.000-05:00",
          late: "2026-03-03T17:00:00.000-05:00",
          overdue: "2026-03-05T17:00:00.000-05:00",
        },
      }),
    });
    const moveOn = entry("mo", "2026-03-10T09:00:00.000+09:00", "Asia/Tokyo", {
      action: makeAction({ id: "mo", kind: "move-on", due: "2026-03-10T09:00:00.000+09:00" }),
      contactName: null,
    });
    const { events } = readCalendar(build([nightly, moveOn], NOW, "Asia/Tokyo"));
    expect(events.map((e) => [e.uid, e.tzid, wallOf(e.start)])).toEqual([
      ["ny@followthrough", "Asia/Tokyo", "2026-03-03T09:00:00"],
      ["mo@followthrough", "Asia/Tokyo", "2026-03-10T09:00:00"],
    ]);
    expect(events[0]?.description).toMatch(
      /^Due Tue 3 Mar 10:00 in America\/New_York \(Wed 4 Mar 00:00 for you, at night\), so this reminder is in your morning/,
    );
  });

  it.each([
    [
      "an unknown zone",
      entry("a1", "2026-03-03T17:00:00.000Z", "Mars/Olympus"),
      "actions[0].timeZone",
    ],
    [
      "a due without offset",
      entry("a1", "2026-03-03T17:00:00", "Europe/London"),
      "actions[0].action.window.due",
    ],
  ])("rejects %s with INVALID_INPUT naming the field", (_what, action, field) => {
    expect(() => build([action])).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", field }),
    );
    expect(() => build([action])).toThrow(AppError);
  });
});

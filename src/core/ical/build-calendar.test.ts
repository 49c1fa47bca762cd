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

function build(actions: CalendarAction[], now = NOW): string {
  return buildCalendar({ name: "Follow-ups", interviews: [], actions, now });
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
    const text = build([
      entry("edt", "2026-11-01T01:30:00.000-04:00", "America/New_York"),
      entry("est", "2026-11-01T01:30:00.000-05:00", "America/New_York"),
    ]);
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

  it("leaves out settled and cancelled actions", () => {
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
      ...entry(status, "2026-03-03T17:00:00.000Z", "Europe/London"),
      action: makeAction({ id: status, status, due: "2026-03-03T17:00:00.000Z" }),
    }));
    expect(readCalendar(build(actions)).events.map((e) => e.uid)).toEqual([
      "planned@followthrough",
      "drafted@followthrough",
      "approved@followthrough",
    ]);
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

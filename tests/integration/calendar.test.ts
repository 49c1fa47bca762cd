import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { instantOf, readCalendar, wallOf } from "../../src/core/ical/read-calendar.fixtures.js";
import { AppError } from "../../src/errors/app-error.js";
import { exportCalendar } from "../../src/use-cases/calendar/export-calendar.js";
import { getCalendarFeed } from "../../src/use-cases/calendar/get-calendar-feed.js";
import { rotateCalendarFeed } from "../../src/use-cases/calendar/rotate-calendar-feed.js";
import { showCalendarFeed } from "../../src/use-cases/calendar/show-calendar-feed.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { snoozeAction } from "../../src/use-cases/planning/change-action-status.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { STORE_KINDS, type TestStore } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

const OPEN = ["planned", "drafted", "approved"];

async function seed(t: TestStore) {
  await setProfile(t.ctx, { name: "Ana Ruiz", timeZone: "Europe/London", country: "GB" });
  const { interview } = await addInterview(t.ctx, {
    company: "Acme",
    role: "Data Engineer",
    at: "2026-11-18T10:00",
    timeZone: "Europe/London",
    timeline: "two weeks",
  });
  await addContact(t.ctx, {
    interviewId: interview.id,
    name: "Dana Whitfield",
    email: "dana@acme.example",
  });
  await addContact(t.ctx, {
    interviewId: interview.id,
    name: "Raj Patel",
    email: "raj@acme.example",
    timeZone: "America/New_York",
  });
  return interview;
}

describe.each(STORE_KINDS)("calendar on %s (R24)", (kind) => {
  const t = useTestStore(kind);

  it("writes every open action at its wall time in the recipient's zone, read back by ical.js", async () => {
    const interview = await seed(t);
    const plan = (await showPlan(t.ctx, interview.id)).filter((a) => OPEN.includes(a.status));
    expect(plan.length).toBeGreaterThan(2);
    const { events, zones } = readCalendar((await exportCalendar(t.ctx)).text);
    expect(zones.sort()).toEqual(["America/New_York", "Europe/London"]);
    for (const action of plan) {
      const event = events.find((e) => e.uid === `${action.id}@followthrough`);
      expect(event, action.id).toBeDefined();
      const zone = action.contactName === "Raj Patel" ? "America/New_York" : "Europe/London";
      const due = DateTime.fromISO(action.window.due, { zone });
      expect([
        event?.tzid,
        wallOf(event?.start as never),
        instantOf(event?.start as never),
      ]).toEqual([zone, due.toFormat("yyyy-MM-dd'T'HH:mm:ss"), due.toUTC().toISO()]);
      expect(event?.alarms).toHaveLength(1);
    }
    // One event per person and action (R24), plus the interview itself.
    expect(events).toHaveLength(plan.length + 1);
    // The 09:00 London one stays 09:00 London in winter (GMT): 09:00Z.
    const nineLondon = events.find(
      (e) => e.tzid === "Europe/London" && wallOf(e.start).endsWith("T09:00:00"),
    );
    expect(nineLondon).toBeDefined();
    expect(instantOf(nineLondon?.start as never).slice(11)).toBe("09:00:00.000Z");
  });

  it("keeps the UIDs across a re-plan and bumps SEQUENCE only for the event that moved", async () => {
    const interview = await seed(t);
    const first = readCalendar((await exportCalendar(t.ctx)).text).events;
    expect(first.every((e) => e.uid.includes("interview-") || e.sequence === 0)).toBe(true);
    // Exporting again with nothing changed changes nothing.
    const again = readCalendar((await exportCalendar(t.ctx)).text).events;
    expect(again.map((e) => [e.uid, e.sequence])).toEqual(first.map((e) => [e.uid, e.sequence]));

    const checkIn = (await showPlan(t.ctx, interview.id)).find((a) => a.kind === "check-in");
    expect(checkIn).toBeDefined();
    await snoozeAction(t.ctx, checkIn?.id as string, { until: "2026-12-10" });
    const moved = readCalendar((await exportCalendar(t.ctx)).text).events;
    const uid = `${checkIn?.id}@followthrough`;
    const before = first.find((e) => e.uid === uid);
    const after = moved.find((e) => e.uid === uid);
    expect(after?.sequence).toBe(1);
    expect(instantOf(after?.start as never) > instantOf(before?.start as never)).toBe(true);
    // Same UIDs (no duplicate event); untouched events keep SEQUENCE 0.
    const openIds = moved.map((e) => e.uid).sort();
    expect(new Set(openIds).size).toBe(openIds.length);
    for (const e of moved) {
      if (e.uid === uid || e.uid.startsWith("interview-")) continue;
      const old = first.find((o) => o.uid === e.uid);
      if (old && instantOf(old.start) === instantOf(e.start)) expect(e.sequence).toBe(0);
    }
    // Nothing re-issued under a new UID: every event of the re-plan was there before.
    expect(moved.filter((e) => !first.some((f) => f.uid === e.uid))).toEqual([]);
  });

  it("serves the feed only for the current secret, and rotating revokes the old one", async () => {
    await seed(t);
    const feed = await showCalendarFeed(t.ctx);
    expect(feed.path).toBe(`/calendar/${feed.secret}.ics`);
    expect((await showCalendarFeed(t.ctx)).secret).toBe(feed.secret);
    expect((await getCalendarFeed(t.ctx, feed.secret)).text).toContain("BEGIN:VCALENDAR");
    const rotated = await rotateCalendarFeed(t.ctx);
    expect(rotated.secret).not.toBe(feed.secret);
    for (const wrong of [feed.secret, "", `${rotated.secret}x`]) {
      const error = await getCalendarFeed(t.ctx, wrong).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    expect((await getCalendarFeed(t.ctx, rotated.secret)).actions).toBeGreaterThan(0);
  });
});

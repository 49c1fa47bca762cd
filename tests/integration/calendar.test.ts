import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { instantOf, readCalendar, wallOf } from "../../src/core/ical/read-calendar.fixtures.js";
import { AppError } from "../../src/errors/app-error.js";
import {
  exportCalendar,
  FEED_CANCELLED_GRACE_DAYS,
} from "../../src/use-cases/calendar/export-calendar.js";
import { getCalendarFeed } from "../../src/use-cases/calendar/get-calendar-feed.js";
import { rotateCalendarFeed } from "../../src/use-cases/calendar/rotate-calendar-feed.js";
import { showCalendarFeed } from "../../src/use-cases/calendar/show-calendar-feed.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { skipAction, snoozeAction } from "../../src/use-cases/planning/change-action-status.js";
import { recordEvent } from "../../src/use-cases/planning/record-event.js";
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

  it("sends a skipped or cancelled action as CANCELLED with a higher SEQUENCE, so an imported file updates", async () => {
    const interview = await seed(t);
    // The file a calendar imported.
    const imported = readCalendar((await exportCalendar(t.ctx)).text).events;
    const plan = await showPlan(t.ctx, interview.id);
    const thanks = plan.find(
      (a) => a.kind === "thank-you-email" && a.contactName === "Dana Whitfield",
    );
    expect(thanks).toBeDefined();
    await skipAction(t.ctx, thanks?.id as string, { reason: "Thanked her in person" });
    // A re-plan cancels the rest: the candidate withdrew.
    await recordEvent(t.ctx, { interviewId: interview.id, kind: "withdrawn" });
    const after = await exportCalendar(t.ctx);
    const events = readCalendar(after.text).events;
    const uid = (id: string | undefined) => `${id}@followthrough`;
    const skipped = events.find((e) => e.uid === uid(thanks?.id));
    const before = imported.find((e) => e.uid === uid(thanks?.id));
    expect(skipped).toMatchObject({ status: "CANCELLED", alarms: [] });
    expect(skipped?.sequence).toBe((before?.sequence ?? 0) + 1);
    expect(skipped?.description).toMatch(/^Skipped by you: Thanked her in person\./);
    // Every follow-up the imported file had is now cancelled in the new one, none is lost.
    for (const old of imported.filter((e) => !e.uid.startsWith("interview-"))) {
      const now = events.find((e) => e.uid === old.uid);
      expect(now, old.uid).toMatchObject({
        status: "CANCELLED",
        sequence: (old.sequence ?? 0) + 1,
      });
    }
    expect(after).toMatchObject({ actions: 0, cancelled: imported.length - 1 });
    // Exporting again changes nothing: the SEQUENCE goes up once per change, not per export.
    const again = readCalendar((await exportCalendar(t.ctx)).text).events;
    expect(again.map((e) => [e.uid, e.sequence, e.status])).toEqual(
      events.map((e) => [e.uid, e.sequence, e.status]),
    );
  });

  it("never sends an action a calendar never had as cancelled; the feed drops cancelled ones after the grace", async () => {
    const interview = await seed(t);
    const plan = await showPlan(t.ctx, interview.id);
    const checkIn = plan.find((a) => a.kind === "check-in");
    await skipAction(t.ctx, checkIn?.id as string, { reason: "Called instead" });
    // Skipped before any export: no calendar has it, so no export carries it.
    const first = await exportCalendar(t.ctx);
    expect(
      readCalendar(first.text).events.some((e) => e.uid === `${checkIn?.id}@followthrough`),
    ).toBe(false);
    expect(first.cancelled).toBe(0);

    const reminder = plan.find((a) => a.kind === "reminder");
    await skipAction(t.ctx, reminder?.id as string, { reason: "Not needed" });
    const { secret } = await showCalendarFeed(t.ctx);
    const inFeed = async () =>
      readCalendar((await getCalendarFeed(t.ctx, secret)).text).events.find(
        (e) => e.uid === `${reminder?.id}@followthrough`,
      );
    expect((await inFeed())?.status).toBe("CANCELLED");
    // Past the grace the feed leaves it out; an exported file still says it is cancelled.
    t.clock.now = new Date(
      Date.parse(t.clock.now) + (FEED_CANCELLED_GRACE_DAYS + 1) * 86_400_000,
    ).toISOString();
    expect(await inFeed()).toBeUndefined();
    const file = readCalendar((await exportCalendar(t.ctx)).text).events;
    expect(file.find((e) => e.uid === `${reminder?.id}@followthrough`)?.status).toBe("CANCELLED");
  });

  it("puts every reminder in the user's waking day and the move-on in the user's morning, in the user's zone", async () => {
    await setProfile(t.ctx, { name: "Ana Ruiz", timeZone: "Asia/Tokyo", country: "JP" });
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-18T10:00",
      timeZone: "America/New_York",
    });
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
      timeZone: "America/New_York",
    });
    const plan = (await showPlan(t.ctx, interview.id)).filter((a) => OPEN.includes(a.status));
    const { events } = readCalendar((await exportCalendar(t.ctx)).text);
    let moved = 0;
    for (const action of plan) {
      const event = events.find((e) => e.uid === `${action.id}@followthrough`);
      const start = DateTime.fromISO(instantOf(event?.start as never)).setZone("Asia/Tokyo");
      expect(start.hour, `${action.kind} at ${start.toISO()}`).toBeGreaterThanOrEqual(8);
      expect(start.hour, `${action.kind} at ${start.toISO()}`).toBeLessThan(21);
      expect(Date.parse(instantOf(event?.start as never))).toBeLessThanOrEqual(
        Date.parse(action.window.due),
      );
      if (event?.tzid === "Asia/Tokyo" && action.kind !== "move-on") {
        moved += 1;
        expect(event.description).toMatch(
          /for you, at night\), so this reminder is in your morning/,
        );
      }
    }
    // Every message due 10:00 in New York is 00:00 in Tokyo: those reminders moved.
    expect(moved).toBeGreaterThan(0);
    const moveOn = plan.find((a) => a.kind === "move-on");
    const event = events.find((e) => e.uid === `${moveOn?.id}@followthrough`);
    expect([event?.tzid, wallOf(event?.start as never).slice(11)]).toEqual([
      "Asia/Tokyo",
      "09:00:00",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, INTERVIEW, seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

// The interview: Friday 20 November 2026, 14:00 in Chicago, "two weeks" (Fri 4 Dec), so the check-in
// opens Mon 7 Dec. Dana replies on Wednesday 2 December that they decide by the 15th.
describe.each(STORE_KINDS)("HTTP events that bring news (R11, R16) on %s", (kind) => {
  const app = useTestApp(kind);

  it("POST /api/interviews/{id}/events keeps who replied and what they said, and moves the check-in", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    const before = await t.call("GET", `/api/interviews/${interviewId}/plan`);
    const checkInBefore = before.body.actions.find((a: { kind: string }) => a.kind === "check-in");
    expect(checkInBefore.dueDate).toBe("2026-12-08");

    t.clock.now = "2026-12-02T16:00:00.000Z";
    const r = await t.call("POST", `/api/interviews/${interviewId}/events`, {
      kind: "reply",
      contactId,
      timeline: "by December 15",
      note: "They would like two references.",
    });
    expect(r.status).toBe(201);
    expect(r.body.event).toMatchObject({
      kind: "reply",
      contactId,
      timelineText: "by December 15",
      timelineDate: "2026-12-15",
      note: "They would like two references.",
    });

    const shown = await t.call("GET", `/api/interviews/${interviewId}`);
    expect(shown.body.events[0]).toMatchObject({ timelineText: "by December 15" });
    const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
    const checkIn = plan.body.actions.find((a: { kind: string }) => a.kind === "check-in");
    expect(checkIn.window.start.slice(0, 10)).toBe("2026-12-16");
    expect(checkIn.dueDate).toBe("2026-12-17");
    expect(checkIn.rules).toEqual(["R11", "R16"]);
    expect(checkIn.why).toContain(
      'Dana Whitfield replied on Wed 2 Dec that they decide by Tue 15 Dec ("by December 15")',
    );
  });

  it("words that give no date are kept as said, with no date (R3)", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    t.clock.now = "2026-11-23T16:00:00.000Z";
    const r = await t.call("POST", `/api/interviews/${interviewId}/events`, {
      kind: "call",
      contactId,
      timeline: "next round on Tuesday",
    });
    expect(r.status).toBe(201);
    expect(r.body.event).toMatchObject({
      timelineText: "next round on Tuesday",
      timelineDate: null,
    });
  });

  it("POST /api/interviews/{id}/correspondence: a message from Dana that says when they decide is her reply with that news", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    t.clock.now = "2026-12-02T16:00:00.000Z";
    const r = await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
      direction: "in",
      channel: "email",
      contactIds: [contactId],
      subject: "Update",
      timeline: "by December 15",
    });
    expect(r.status).toBe(201);
    const shown = await t.call("GET", `/api/interviews/${interviewId}`);
    expect(shown.body.events[0]).toMatchObject({
      kind: "reply",
      contactId,
      timelineText: "by December 15",
      timelineDate: "2026-12-15",
    });
    const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
    const checkIn = plan.body.actions.find((a: { kind: string }) => a.kind === "check-in");
    expect(checkIn.dueDate).toBe("2026-12-17");
    const snapshot = await snapshotStore(t.store);
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
        direction: "out",
        channel: "email",
        timeline: "by December 15",
      }),
      400,
      "timeline",
    );
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });

  it("refuses a contact not on the interview and a timeline before it, with 400 naming the field, writing nothing", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const other = await t.call("POST", "/api/interviews", { ...INTERVIEW, company: "Globex" });
    const stranger = await t.call("POST", `/api/interviews/${other.body.interview.id}/contacts`, {
      name: "Sam Stone",
    });
    expect(stranger.status).toBe(201);
    t.clock.now = "2026-12-02T16:00:00.000Z";
    const snapshot = await snapshotStore(t.store);
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/events`, {
        kind: "reply",
        contactId: stranger.body.id,
        timeline: "by December 15",
      }),
      400,
      "contactId",
    );
    const early = await t.call("POST", `/api/interviews/${interviewId}/events`, {
      kind: "reply",
      timeline: "by November 10",
    });
    expectError(early, 400, "timeline");
    // Read from the day it was said (Wed 2 Dec), not from the interview (R3, R16).
    expect(early.body.error.message).toContain("before the day it was said (Wed 2 Dec)");
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/events`, {
        kind: "reply",
        timeline: "x".repeat(201),
      }),
      400,
      "timeline",
    );
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });
});

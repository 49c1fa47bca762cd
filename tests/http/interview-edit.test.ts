import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, seedInterview, type TestApp } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

async function checkIn(t: TestApp, interviewId: string) {
  const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
  return plan.body.actions.find(
    (a: { kind: string; status: string }) => a.kind === "check-in" && a.status !== "cancelled",
  );
}

describe.each(STORE_KINDS)("correcting an interview on %s", (kind) => {
  const app = useTestApp(kind);

  it("PATCH /api/interviews/{id}: a corrected timeline moves the check-in (R11, R16); the rest stays", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const before = await t.call("GET", `/api/interviews/${interviewId}`);
    const first = await checkIn(t, interviewId);

    const edited = await t.call("PATCH", `/api/interviews/${interviewId}`, {
      timeline: "by December 15",
      feeling: "went well",
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      timelineText: "by December 15",
      timelineDate: "2026-12-15",
      feeling: "went well",
      format: before.body.interview.format,
      startsAt: before.body.interview.startsAt,
      timeZone: "America/Chicago",
    });
    const moved = await checkIn(t, interviewId);
    expect(moved.id).toBe(first.id);
    // R11: 1–2 business days after the stated date (Tue 15 Dec 2026 → Wed 16 or Thu 17).
    expect(["2026-12-16", "2026-12-17"]).toContain(moved.dueDate);
    expect(moved.dueDate).not.toBe(first.dueDate);

    const vague = await t.call("PATCH", `/api/interviews/${interviewId}`, {
      timeline: "hmm, they were vague",
    });
    expect(vague.status).toBe(200);
    expect(vague.body).toMatchObject({ timelineText: "hmm, they were vague", timelineDate: null });
  });

  it("refuses an edit that would make the interview invalid, naming the field, and keeps it", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const snapshot = await snapshotStore(t.store);
    expectError(
      await t.call("PATCH", `/api/interviews/${interviewId}`, { at: "2026-02-30T10:00" }),
      400,
      "at",
    );
    expectError(
      await t.call("PATCH", `/api/interviews/${interviewId}`, { timeZone: "Mars/Olympus" }),
      400,
      "timeZone",
    );
    expectError(
      await t.call("PATCH", `/api/interviews/${interviewId}`, { format: "hologram" }),
      400,
      "format",
    );
    expectError(await t.call("PATCH", "/api/interviews/iv_unknown", { feeling: "ok" }), 404);
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });
});

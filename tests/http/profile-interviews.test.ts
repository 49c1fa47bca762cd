import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, INTERVIEW, seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

describe.each(STORE_KINDS)("HTTP profile and interviews on %s", (kind) => {
  const app = useTestApp(kind);

  it("GET /api/profile gives the defaults, PUT changes only the fields given", async () => {
    const t = app.get();
    const before = await t.call("GET", "/api/profile");
    expect(before.status).toBe(200);
    expect(before.body.maxUnanswered).toBe(3);
    const put = await t.call("PUT", "/api/profile", {
      name: "Ana Ruiz",
      timeZone: "America/New_York",
      country: "us",
      region: "NY",
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      name: "Ana Ruiz",
      country: "US",
      region: "NY",
      maxUnanswered: 3,
    });
    expect((await t.call("GET", "/api/profile")).body.timeZone).toBe("America/New_York");
  });

  it("PUT /api/profile refuses bad input with 400 naming the field, writing nothing", async () => {
    const t = app.get();
    const snapshot = await snapshotStore(t.store);
    expectError(await t.call("PUT", "/api/profile", { country: "USA" }), 400, "country");
    expectError(await t.call("PUT", "/api/profile", { maxUnanswered: 0 }), 400, "maxUnanswered");
    const zone = await t.call("PUT", "/api/profile", { timeZone: "Mars/Olympus" });
    expectError(zone, 400, "timeZone");
    expect(zone.body.error.code).toBe("INVALID_INPUT");
    expectError(await t.call("PUT", "/api/profile", ["not", "an", "object"]), 400);
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });

  it("POST /api/interviews records it (R3 timeline resolved) and plans it", async () => {
    const t = app.get();
    const added = await t.call("POST", "/api/interviews", INTERVIEW);
    expect(added.status).toBe(201);
    expect(added.body.interview).toMatchObject({
      startsAt: "2026-11-20T20:00:00.000Z",
      timeZone: "America/Chicago",
      timelineText: "two weeks",
      round: 1,
    });
    expect(added.body.company.name).toBe("Acme");
    expect(added.body.application.role).toBe("Data Engineer");
    const list = await t.call("GET", "/api/interviews");
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ companyName: "Acme", role: "Data Engineer" });
  });

  it("POST /api/interviews keeps timeline words that give no date (R3); the plan says so (R11)", async () => {
    const t = app.get();
    const added = await t.call("POST", "/api/interviews", {
      ...INTERVIEW,
      timeline: "hmm, they were vague",
    });
    expect(added.status).toBe(201);
    expect(added.body.interview).toMatchObject({
      timelineText: "hmm, they were vague",
      timelineDate: null,
    });
    const plan = await t.call("GET", `/api/interviews/${added.body.interview.id}/plan`);
    const checkIn = plan.body.actions.find((a: { kind: string }) => a.kind === "check-in");
    expect(checkIn.why).toContain('you were told "hmm, they were vague", which gives no date');
  });

  it("POST /api/interviews refuses bad input with 400 naming the field, writing nothing", async () => {
    const t = app.get();
    const snapshot = await snapshotStore(t.store);
    const { company: _c, ...noCompany } = INTERVIEW;
    expectError(await t.call("POST", "/api/interviews", noCompany), 400, "company");
    expectError(
      await t.call("POST", "/api/interviews", { ...INTERVIEW, format: "telepathy" }),
      400,
      "format",
    );
    expectError(
      await t.call("POST", "/api/interviews", { ...INTERVIEW, at: "2026-02-30T10:00" }),
      400,
      "at",
    );
    expectError(
      await t.call("POST", "/api/interviews", { ...INTERVIEW, timeZone: "Nowhere/City" }),
      400,
      "timeZone",
    );
    expectError(
      await t.call("POST", "/api/interviews", { ...INTERVIEW, round: "two" }),
      400,
      "round",
    );
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });

  it("GET /api/interviews/{id} and its plan; 404 for an unknown id", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    const detail = await t.call("GET", `/api/interviews/${interviewId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.contacts.map((c: { id: string }) => c.id)).toEqual([contactId]);
    const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
    expect(plan.status).toBe(200);
    const thanks = plan.body.actions.find(
      (a: { kind: string; contactId: string }) =>
        a.kind === "thank-you-email" && a.contactId === contactId,
    );
    expect(thanks.rules).toContain("R6");
    expect(thanks.why.length).toBeGreaterThan(10);
    expectError(await t.call("GET", "/api/interviews/iv_unknown"), 404, "interviewId");
    expectError(await t.call("GET", "/api/interviews/iv_unknown/plan"), 404, "interviewId");
  });
});

import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, openTestApp, seedInterview, type TestApp } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

interface Row {
  action: { id: string; kind: string; contactId: string | null; why: string; rules: string[] };
}

async function agendaRows(t: TestApp): Promise<Row[]> {
  const agenda = await t.call("GET", "/api/agenda");
  expect(agenda.status).toBe(200);
  return [...agenda.body.overdue, ...agenda.body.dueToday, ...agenda.body.upcoming];
}

describe.each(STORE_KINDS)("HTTP agenda, actions and data on %s", (kind) => {
  const app = useTestApp(kind);

  it("GET /api/agenda lists what is due with its why (R26); 400 for a bad horizon", async () => {
    const t = app.get();
    await t.call("PUT", "/api/profile", { timeZone: "America/Chicago" });
    const { contactId } = await seedInterview(t);
    const agenda = await t.call("GET", "/api/agenda?days=30");
    expect(agenda.status).toBe(200);
    expect(agenda.body.today).toBe("2026-11-20");
    const thanks = agenda.body.dueToday.find((r: Row) => r.action.kind === "thank-you-email");
    expect(thanks).toMatchObject({
      contactName: "Dana Whitfield",
      companyName: "Acme",
      role: "Data Engineer",
    });
    expect(thanks.action.contactId).toBe(contactId);
    expect(thanks.action.rules).toContain("R6");
    expectError(await t.call("GET", "/api/agenda?days=0"), 400, "days");
    expectError(await t.call("GET", "/api/agenda?days=soon"), 400, "days");
  });

  it("POST /api/actions/{id}/done, /skip and /snooze settle a follow-up; 400; 404", async () => {
    const t = app.get();
    await seedInterview(t);
    await t.call(
      "POST",
      `/api/interviews/${(await t.call("GET", "/api/interviews")).body[0].interview.id}/contacts`,
      {
        name: "Raj Patel",
        email: "raj@acme.example",
      },
    );
    const thanks = (await agendaRows(t)).filter((r) => r.action.kind === "thank-you-email");
    expect(thanks).toHaveLength(2);
    const [first, second] = thanks.map((r) => r.action.id) as [string, string];

    const snapshot = await snapshotStore(t.store);
    expectError(await t.call("POST", `/api/actions/${first}/skip`, {}), 400, "reason");
    expectError(
      await t.call("POST", `/api/actions/${first}/snooze`, { until: "someday" }),
      400,
      "until",
    );
    expectError(
      await t.call("POST", `/api/actions/${first}/snooze`, { until: "2026-11-19" }),
      400,
      "until",
    );
    expect(await snapshotStore(t.store)).toEqual(snapshot);

    const snoozed = await t.call("POST", `/api/actions/${first}/snooze`, { until: "2026-11-23" });
    expect(snoozed.status).toBe(200);
    expect(snoozed.body.snoozedUntil).toMatch(/^2026-11-23/);
    const done = await t.call("POST", `/api/actions/${first}/done`);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe("done");
    const skipped = await t.call("POST", `/api/actions/${second}/skip`, {
      reason: "Said goodbye in person",
    });
    expect(skipped.status).toBe(200);
    expect(skipped.body).toMatchObject({ status: "skipped", skipReason: "Said goodbye in person" });
    const ids = (await agendaRows(t)).map((r) => r.action.id);
    expect(ids).not.toContain(first);
    expect(ids).not.toContain(second);
    expectError(await t.call("POST", `/api/actions/${first}/done`), 409, "action");

    for (const verb of ["done", "skip", "snooze"]) {
      const body =
        verb === "skip" ? { reason: "x" } : verb === "snooze" ? { until: "2026-12-01" } : undefined;
      expectError(await t.call("POST", `/api/actions/act_nope/${verb}`, body), 404, "action");
    }
  });

  it("GET /api/applications/{id} gives one timeline, past and planned (R25); 404", async () => {
    const t = app.get();
    const { interviewId, applicationId } = await seedInterview(t);
    await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
      direction: "in",
      channel: "email",
      subject: "Scheduling",
      body: "See you soon",
      at: "2026-11-18T09:00",
    });
    const after = await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
      direction: "in",
      channel: "email",
      subject: "Re: Thank you",
      body: "Thanks for coming in",
      at: "2026-11-20T15:30",
    });
    expect(after.status).toBe(201);
    const detail = await t.call("GET", `/api/applications/${applicationId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.company.name).toBe("Acme");
    const types = detail.body.timeline.map((e: { type: string }) => e.type);
    // The message from before the interview is on record but no reply to it; the one after it
    // is also a reply (R16): both sit at the time it arrived.
    expect(types.slice(0, 2)).toEqual(["correspondence", "interview"]);
    const reply = detail.body.timeline.filter(
      (e: { at: string }) => Date.parse(e.at) === Date.parse("2026-11-20T21:30:00Z"),
    );
    expect(reply.map((e: { type: string }) => e.type).sort()).toEqual(["correspondence", "event"]);
    expect(types.filter((type: string) => type === "event")).toHaveLength(1);
    expect(types).toContain("action");
    const ats = detail.body.timeline.map((e: { at: string }) => Date.parse(e.at));
    expect([...ats].sort((a, b) => a - b)).toEqual(ats);
    const planned = detail.body.timeline.find((e: { type: string }) => e.type === "action");
    expect(planned.action.why).toBeTruthy();
    expectError(await t.call("GET", "/api/applications/ap_nope"), 404, "application");
  });

  it("GET /api/export and POST /api/import round-trip; 400 for a bad format or document", async () => {
    const t = app.get();
    await seedInterview(t);
    const exported = await t.call("GET", "/api/export");
    expect(exported.status).toBe(200);
    expect(exported.body.format).toBe("followthrough-export");
    const csv = await t.call("GET", "/api/export?format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.text.split("\r\n")[0]).toContain("company,role");
    expectError(await t.call("GET", "/api/export?format=xml"), 400, "format");

    const fresh = await openTestApp(kind);
    try {
      const snapshot = await snapshotStore(fresh.store);
      const broken = structuredClone(exported.body);
      broken.interviews[0].startsAt = "yesterday";
      expectError(await fresh.call("POST", "/api/import", broken), 400, "interviews.0.startsAt");
      expectError(
        await fresh.call("POST", "/api/import", "{not json", {
          "content-type": "application/json",
        }),
        400,
        "body",
      );
      expect(await snapshotStore(fresh.store)).toEqual(snapshot);
      const imported = await fresh.call("POST", "/api/import", exported.body);
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({ interviews: 1, contacts: 1 });
      expect((await fresh.call("GET", "/api/export")).body).toEqual(exported.body);
      expectError(await fresh.call("POST", "/api/import", exported.body), 409);
    } finally {
      await fresh.cleanup();
    }
  });
});

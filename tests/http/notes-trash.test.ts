import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

describe.each(STORE_KINDS)("correcting, deleting and restoring notes on %s", (kind) => {
  const app = useTestApp(kind);

  it("PATCH /api/notes/{id} changes only what is given; 400 names the field; 404", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    const added = await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      contactId,
      kind: "highlight",
      text: "Her team moved to dbt last sprng",
    });
    const id = added.body.id as string;

    const fixed = await t.call("PATCH", `/api/notes/${id}`, {
      text: "Her team moved to dbt last spring",
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ id, contactId, kind: "highlight", interviewId });
    expect(fixed.body.text).toBe("Her team moved to dbt last spring");
    const detail = await t.call("GET", `/api/interviews/${interviewId}`);
    expect(detail.body.notes.map((n: { text: string }) => n.text)).toEqual([
      "Her team moved to dbt last spring",
    ]);
    const unlinked = await t.call("PATCH", `/api/notes/${id}`, { contactId: null });
    expect(unlinked.body.contactId).toBeNull();

    const before = await snapshotStore(t.store);
    expectError(await t.call("PATCH", `/api/notes/${id}`, { text: "" }), 400, "text");
    expectError(await t.call("PATCH", `/api/notes/${id}`, { kind: "gossip" }), 400, "kind");
    expectError(
      await t.call("PATCH", `/api/notes/${id}`, { contactId: "ct_nobody" }),
      400,
      "contactId",
    );
    expectError(await t.call("PATCH", "/api/notes/nt_unknown", { text: "x" }), 404);
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("DELETE /api/notes/{id} keeps it among the recently deleted; restore brings it back", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    const added = await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      contactId,
      kind: "personal-interest",
      text: "Training for the Chicago marathon",
    });
    const id = added.body.id as string;

    const deleted = await t.call("DELETE", `/api/notes/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.label).toContain("Training for the Chicago marathon");
    expect((await t.call("GET", `/api/interviews/${interviewId}`)).body.notes).toEqual([]);
    const found = await t.call("GET", "/api/search?text=marathon");
    expect(found.status).toBe(200);
    expect(JSON.stringify(found.body)).not.toContain(id);
    const trash = await t.call("GET", "/api/trash");
    expect(trash.body.map((e: { id: string }) => e.id)).toEqual([id]);
    expectError(await t.call("DELETE", `/api/notes/${id}`), 404);

    const restored = await t.call("POST", `/api/trash/${id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.record).toEqual(added.body);
    expect((await t.call("GET", `/api/interviews/${interviewId}`)).body.notes).toEqual([
      added.body,
    ]);
    expect((await t.call("GET", "/api/trash")).body).toEqual([]);
    expect(JSON.stringify((await t.call("GET", "/api/search?text=marathon")).body)).toContain(id);
    expectError(await t.call("POST", `/api/trash/${id}/restore`), 404, "id");
  });

  it("DELETE /api/events/{id} undoes a mistaken decision: status and plan come back (R17); restore redoes it", async () => {
    const t = app.get();
    const { interviewId, applicationId } = await seedInterview(t);
    const openBefore = async () =>
      (await t.call("GET", `/api/interviews/${interviewId}/plan`)).body.actions
        .filter((a: { status: string }) => a.status !== "cancelled")
        .map((a: { kind: string; status: string }) => `${a.kind}:${a.status}`)
        .sort();
    const planBefore = await openBefore();
    const decided = await t.call("POST", `/api/interviews/${interviewId}/events`, {
      kind: "decision",
      outcome: "rejected",
      note: "Wrong company, sorry",
    });
    expect(decided.status).toBe(201);
    const eventId = decided.body.event.id as string;
    expect(
      (await t.call("GET", `/api/applications/${applicationId}`)).body.application.status,
    ).toBe("rejected");
    expect(await openBefore()).not.toEqual(planBefore);

    const deleted = await t.call("DELETE", `/api/events/${eventId}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.label).toContain("Decision: not hired");
    const app1 = (await t.call("GET", `/api/applications/${applicationId}`)).body;
    expect(app1.application.status).toBe("interviewing");
    expect(await openBefore()).toEqual(planBefore);

    const restored = await t.call("POST", `/api/trash/${eventId}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.record.id).toBe(eventId);
    expect(
      (await t.call("GET", `/api/applications/${applicationId}`)).body.application.status,
    ).toBe("rejected");
    expectError(await t.call("DELETE", "/api/events/ev_unknown"), 404, "id");
  });
});

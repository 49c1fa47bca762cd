import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { DANA, INTERVIEW, type TestApp } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

/** The typed client, talking to the app in-process. */
function clientOf(t: TestApp) {
  const app = createApp({ store: t.store, context: () => t.ctx });
  return createApiClient({
    baseUrl: "http://localhost",
    fetch: (input, init) => Promise.resolve(app.request(String(input), init)),
  });
}
type Client = ReturnType<typeof clientOf>;

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

/** Row counts and the records a half-written edit or delete would leave behind. */
async function snapshot(t: TestApp): Promise<unknown> {
  const db = t.store.db;
  return {
    counts: await snapshotStore(t.store),
    correspondence: await db.selectFrom("correspondence").selectAll().orderBy("id").execute(),
    links: await db
      .selectFrom("correspondenceContacts")
      .selectAll()
      .orderBy("correspondenceId")
      .orderBy("contactId")
      .execute(),
    events: await db.selectFrom("events").selectAll().orderBy("id").execute(),
    actions: await db
      .selectFrom("actions")
      .select(["id", "status", "doneAt", "correspondenceId"])
      .orderBy("id")
      .execute(),
    trash: await db.selectFrom("trash").selectAll().orderBy("id").execute(),
  };
}

// Acme: Friday 20 November 2026, 14:00 in Chicago, Dana Whitfield and Raj Patel; "two weeks".
async function seed(api: Client) {
  const added = await api.addInterview(INTERVIEW);
  const interviewId = added.interview.id;
  const dana = await api.addContact(interviewId, { ...DANA, role: "hiring-manager" });
  const raj = await api.addContact(interviewId, {
    name: "Raj Patel",
    email: "raj@acme.example",
    role: "interviewer",
  });
  return { interviewId, applicationId: added.application.id, dana, raj };
}

const hitIds = async (api: Client, words: string) =>
  (await api.search(words)).hits.map((h) => `${h.kind}:${h.id}`);

describe.each(STORE_KINDS)("correcting and deleting logged correspondence on %s", (kind) => {
  const app = useTestApp(kind);

  it("PATCH /api/correspondence/{id} changes what is given; the search, the reply event and the plan follow (R16, R25)", async () => {
    const t = app.get();
    const api = clientOf(t);
    const { interviewId, dana, raj } = await seed(api);
    t.clock.now = "2026-12-04T16:00:00.000Z";
    const checkIn = async () =>
      (await api.getPlan(interviewId)).actions.find(
        (a) => a.kind === "check-in" && a.status !== "cancelled",
      )?.dueDate;
    const logged = await api.logCorrespondence(interviewId, {
      direction: "in",
      channel: "email",
      at: "2026-11-23T10:00",
      contactIds: [dana.id],
      subject: "Thanks for coming in",
      body: "We enjoyed the whiteboard session.",
    });
    const dueAfterEarlyReply = await checkIn();

    const edited = await api.editCorrespondence(logged.id, {
      at: "2026-12-03T09:30",
      subject: "Panel with the zeppelin team",
      body: "Could you meet the zeppelin team next week?",
      contactIds: [raj.id],
    });
    expect(edited).toMatchObject({
      id: logged.id,
      direction: "in",
      channel: "email",
      // 09:30 in Chicago (the interview's zone, as when logging).
      occurredAt: "2026-12-03T15:30:00.000Z",
      contactIds: [raj.id],
      subject: "Panel with the zeppelin team",
      body: "Could you meet the zeppelin team next week?",
      interviewId,
    });
    const untouched = await api.editCorrespondence(logged.id, { channel: "phone" });
    expect(untouched).toMatchObject({ subject: edited.subject, contactIds: [raj.id] });

    expect(await hitIds(api, "zeppelin")).toEqual([`correspondence:${logged.id}`]);
    expect(await hitIds(api, "whiteboard")).toEqual([]);
    // The reply it recorded moved with it: Raj, on 3 December, with the new subject.
    const replies = (await api.getInterview(interviewId)).events.filter((e) => e.kind === "reply");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      contactId: raj.id,
      occurredAt: "2026-12-03T15:30:00.000Z",
      note: "Panel with the zeppelin team",
    });
    // R16: pending follow-ups wait at least a week past the (later) reply.
    const dueAfterLateReply = await checkIn();
    expect(dueAfterLateReply).not.toBe(dueAfterEarlyReply);
    expect(dueAfterLateReply && dueAfterLateReply >= "2026-12-10").toBe(true);

    // Turned into one we sent, it is no reply any more.
    await api.editCorrespondence(logged.id, { direction: "out" });
    expect((await api.getInterview(interviewId)).events.filter((e) => e.kind === "reply")).toEqual(
      [],
    );

    // Back to theirs but dated before the interview: kept, and still no reply to it (R16).
    const replies2 = async () =>
      (await api.getInterview(interviewId)).events.filter((e) => e.kind === "reply");
    await api.editCorrespondence(logged.id, { direction: "in", at: "2026-11-19T10:00" });
    expect(await replies2()).toEqual([]);
    // Moved to after the interview, it is a reply again.
    await api.editCorrespondence(logged.id, { at: "2026-11-24T10:00" });
    expect((await replies2()).map((e) => e.occurredAt)).toEqual(["2026-11-24T16:00:00.000Z"]);
  });

  it("refuses an impossible date, an unknown person, someone of another company, by the field's label; 404; nothing written", async () => {
    const t = app.get();
    const api = clientOf(t);
    const { interviewId, dana } = await seed(api);
    const globex = await api.addInterview({ ...INTERVIEW, company: "Globex" });
    const sam = await api.addContact(globex.interview.id, {
      name: "Sam Lee",
      email: "sam@globex.example",
      role: "interviewer",
    });
    t.clock.now = "2026-12-04T16:00:00.000Z";
    const logged = await api.logCorrespondence(interviewId, {
      direction: "in",
      channel: "email",
      at: "2026-11-24T10:00",
      contactIds: [dana.id],
      subject: "Next steps",
    });

    const before = await snapshot(t);
    const impossible = await refusal(api.editCorrespondence(logged.id, { at: "2026-02-30T10:00" }));
    expect(impossible).toMatchObject({ status: 400, field: "at" });
    const future = await refusal(api.editCorrespondence(logged.id, { at: "2027-01-05T10:00" }));
    expect(future).toMatchObject({ status: 400, field: "at" });
    expect(future.message).toContain("When");

    const unknown = await refusal(api.editCorrespondence(logged.id, { contactIds: ["ct_nobody"] }));
    expect(unknown).toMatchObject({ status: 400, field: "contactIds" });
    expect(unknown.message).toContain("People:");
    expect(unknown.message).not.toContain("ct_nobody");
    expect(unknown.accepted).toContain("Dana Whitfield");

    const stranger = await refusal(
      api.editCorrespondence(logged.id, { contactIds: [dana.id, sam.id] }),
    );
    expect(stranger).toMatchObject({ status: 400, field: "contactIds" });
    expect(stranger.message).toBe("People: Sam Lee is at Globex, not at Acme.");

    const otherInterview = await refusal(
      api.editCorrespondence(logged.id, { interviewId: globex.interview.id }),
    );
    expect(otherInterview).toMatchObject({ status: 400, field: "interviewId" });
    expect(otherInterview.message).toContain("Interview:");

    const sideways = await refusal(
      api.editCorrespondence(logged.id, { direction: "sideways" as "in" }),
    );
    expect(sideways).toMatchObject({ status: 400, field: "direction" });

    expect(await refusal(api.editCorrespondence("cr_unknown", { subject: "x" }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(api.deleteCorrespondence("cr_unknown"))).toMatchObject({ status: 404 });
    expect(await snapshot(t)).toEqual(before);
  });

  it("DELETE puts the message in the trash with its people and reply; restore brings all back, search included", async () => {
    const t = app.get();
    const api = clientOf(t);
    const { interviewId, applicationId, dana, raj } = await seed(api);
    t.clock.now = "2026-12-04T16:00:00.000Z";
    const logged = await api.logCorrespondence(interviewId, {
      direction: "in",
      channel: "email",
      at: "2026-11-30T10:00",
      contactIds: [dana.id, raj.id],
      subject: "References, please",
      body: "Could you send two references from the marmalade project?",
    });
    const planBefore = (await api.getPlan(interviewId)).actions;
    const inTimeline = async () =>
      (await api.getApplication(applicationId)).timeline.filter((e) => e.type === "correspondence");

    const deleted = await api.deleteCorrespondence(logged.id);
    expect(deleted.kind).toBe("correspondence");
    expect(deleted.label).toContain("References, please");
    expect(await inTimeline()).toEqual([]);
    expect(await hitIds(api, "marmalade")).toEqual([]);
    expect((await api.getInterview(interviewId)).events.filter((e) => e.kind === "reply")).toEqual(
      [],
    );
    expect((await api.listDeleted()).map((e) => e.id)).toEqual([logged.id]);
    expect(await refusal(api.deleteCorrespondence(logged.id))).toMatchObject({ status: 404 });

    const restored = await api.restoreDeleted(logged.id);
    expect(restored.kind).toBe("correspondence");
    const timeline = await inTimeline();
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.type === "correspondence" && timeline[0].correspondence).toEqual(logged);
    expect(logged.contactIds).toEqual([dana.id, raj.id].sort());
    expect(await hitIds(api, "marmalade")).toEqual([`correspondence:${logged.id}`]);
    const replies = (await api.getInterview(interviewId)).events.filter((e) => e.kind === "reply");
    expect(replies).toHaveLength(1);
    expect((await api.getPlan(interviewId)).actions).toEqual(planBefore);
    expect(await api.listDeleted()).toEqual([]);
  });

  it("deleting the message that fulfilled a thank-you says so first; confirmed, the thank-you is back in the plan; restore links it again (R6, R26)", async () => {
    const t = app.get();
    const api = clientOf(t);
    const { interviewId, dana } = await seed(api);
    const thankYou = async () =>
      (await api.getPlan(interviewId)).actions.find(
        (a) => a.kind === "thank-you-email" && a.contactId === dana.id,
      );
    const sent = await api.logCorrespondence(interviewId, {
      direction: "out",
      channel: "email",
      at: "2026-11-20T15:30",
      contactIds: [dana.id],
      subject: "Thank you, Dana",
    });
    expect(await thankYou()).toMatchObject({ status: "sent", correspondenceId: sent.id });

    const before = await snapshot(t);
    const refused = await refusal(api.deleteCorrespondence(sent.id));
    expect(refused).toMatchObject({ status: 409, field: "confirm" });
    expect(refused.message).toBe(
      "This message is the Thank-you email to Dana Whitfield (Acme), marked sent; deleting it puts that follow-up back in the plan. Confirm to delete.",
    );
    // A message that fulfilled a follow-up went from you.
    const turned = await refusal(api.editCorrespondence(sent.id, { direction: "in" }));
    expect(turned).toMatchObject({ status: 400, field: "direction" });
    expect(await snapshot(t)).toEqual(before);

    const deleted = await api.deleteCorrespondence(sent.id, { confirm: true });
    expect(deleted.kind === "correspondence" && deleted.record.fulfilled?.status).toBe("sent");
    const reopened = await thankYou();
    expect(reopened).toMatchObject({ correspondenceId: null, doneAt: null });
    expect(["planned", "drafted", "approved"]).toContain(reopened?.status);

    await api.restoreDeleted(sent.id);
    expect(await thankYou()).toMatchObject({
      status: "sent",
      correspondenceId: sent.id,
      doneAt: sent.occurredAt,
    });
  });
});

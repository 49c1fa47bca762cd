// Correcting and deleting an event through the typed client, on both databases: the news is read
// from the day it was said (R3, R16), the company is re-planned, and the answer says in words what
// moved (R16, R17). Interview: Fri 20 Nov 2026, 14:00 in Chicago, "two weeks" (Fri 4 Dec), so the
// check-in is due Tue 8 Dec; Dana Whitfield replies on Wed 2 Dec.
import { describe, expect, it } from "vitest";
import { type ApiClient, createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";
import type { PlanChange } from "../../src/client/event-types.js";
import { labelOf } from "../../src/errors/field-labels.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS, type TestStore } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

function clientOf(ts: TestStore): ApiClient {
  const app = createApp({ store: ts.store, context: () => ts.ctx });
  return createApiClient({ fetch: async (input, init) => app.request(String(input), init) });
}

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

async function seed(api: ApiClient) {
  const added = await api.addInterview({
    company: "Acme",
    role: "Data Engineer",
    at: "2026-11-20T14:00",
    timeZone: "America/Chicago",
    timeline: "two weeks",
  });
  const dana = await api.addContact(added.interview.id, {
    name: "Dana Whitfield",
    email: "dana@acme.example",
    role: "hiring-manager",
  });
  return { interviewId: added.interview.id, contactId: dana.id };
}

const checkInOf = (moved: PlanChange[]) => moved.find((m) => m.kind === "check-in");

describe.each(STORE_KINDS)("correcting an event on %s", (kind) => {
  const ts = useTestStore(kind);

  it("a reply with 'we'll decide by the 15th' moves the check-in and says so; PATCH moves it again", async () => {
    const api = clientOf(ts);
    const { interviewId, contactId } = await seed(api);
    ts.clock.now = "2026-12-02T16:00:00.000Z";
    const recorded = await api.recordEvent(interviewId, {
      kind: "reply",
      contactId,
      timeline: "we'll decide by the 15th",
    });
    expect(recorded.event.timelineDate).toBe("2026-12-15");
    expect(checkInOf(recorded.moved)).toMatchObject({
      change: "moved",
      contactName: "Dana Whitfield",
      fromDue: "2026-12-08",
      toDue: "2026-12-17",
      sentence:
        'Check-in with Dana Whitfield moved from Tue 8 Dec to Thu 17 Dec: Dana Whitfield replied on Wed 2 Dec that they decide by Tue 15 Dec ("we\'ll decide by the 15th").',
    });

    const edited = await api.editEvent(recorded.event.id, { timeline: "by the 18th" });
    expect(edited.event).toMatchObject({
      id: recorded.event.id,
      kind: "reply",
      contactId,
      timelineText: "by the 18th",
      timelineDate: "2026-12-18",
    });
    expect(checkInOf(edited.moved)?.sentence).toBe(
      'Check-in with Dana Whitfield moved from Thu 17 Dec to Tue 22 Dec: Dana Whitfield replied on Wed 2 Dec that they decide by Fri 18 Dec ("by the 18th").',
    );
    const plan = await api.getPlan(interviewId);
    expect(plan.actions.find((a) => a.kind === "check-in")?.dueDate).toBe("2026-12-22");

    // Said a day later, "by the 2nd" is read from Thu 3 Dec: the 2nd of January.
    ts.clock.now = "2026-12-04T16:00:00.000Z";
    const later = await api.editEvent(recorded.event.id, {
      at: "2026-12-03T09:00",
      timeline: "by the 2nd",
    });
    expect(later.event.timelineDate).toBe("2027-01-02");
    expect(later.event.occurredAt).toBe("2026-12-03T15:00:00.000Z");
  });

  it("a reply corrected into a decision (not hired) sets the status and cancels the check-in, saying why; deleting it says what moves back", async () => {
    const api = clientOf(ts);
    const { interviewId, contactId } = await seed(api);
    ts.clock.now = "2026-12-02T16:00:00.000Z";
    const recorded = await api.recordEvent(interviewId, { kind: "reply", contactId });
    const decided = await api.editEvent(recorded.event.id, {
      kind: "decision",
      outcome: "rejected",
    });
    expect(decided.event).toMatchObject({ kind: "decision", outcome: "rejected" });
    const cancelled = decided.moved.find((m) => m.kind === "check-in");
    expect(cancelled).toMatchObject({ change: "cancelled", toDue: null });
    expect(cancelled?.sentence).toBe("Check-in with Dana Whitfield cancelled: not hired.");
    expect(decided.moved.some((m) => m.change === "added")).toBe(true);
    expect(await statusOf(api, interviewId)).toBe("rejected");

    const deleted = await api.deleteEvent(recorded.event.id);
    expect(deleted.kind).toBe("event");
    const back = deleted.moved.find((m) => m.kind === "check-in");
    expect(back).toMatchObject({ change: "added", toDue: "2026-12-08" });
    expect(await statusOf(api, interviewId)).toBe("interviewing");
  });

  it("a message from Dana on Sun 20 Dec saying 'by the 15th' is read from its own day: 15 Jan", async () => {
    const api = clientOf(ts);
    const { interviewId, contactId } = await seed(api);
    ts.clock.now = "2026-12-20T16:00:00.000Z";
    await api.logCorrespondence(interviewId, {
      direction: "in",
      channel: "email",
      contactIds: [contactId],
      subject: "Update",
      timeline: "we'll decide by the 15th",
    });
    const detail = await api.getInterview(interviewId);
    expect(detail.events).toMatchObject([{ kind: "reply", contactId, timelineDate: "2027-01-15" }]);
  });

  it("refuses bad corrections naming the field by its label, 404 for an unknown event, writing nothing", async () => {
    const api = clientOf(ts);
    const { interviewId, contactId } = await seed(api);
    const other = await api.addInterview({
      company: "Globex",
      role: "X",
      at: "2026-11-20T10:00",
      timeZone: "America/Chicago",
    });
    const stranger = await api.addContact(other.interview.id, { name: "Sam Stone" });
    ts.clock.now = "2026-12-02T16:00:00.000Z";
    const { event } = await api.recordEvent(interviewId, {
      kind: "reply",
      contactId,
      timeline: "by the 15th",
    });
    const before = await snapshotStore(ts.store);

    const future = await refusal(api.editEvent(event.id, { at: "2026-12-09T10:00" }));
    expect([future.status, future.field]).toEqual([400, "at"]);
    const long = await refusal(api.editEvent(event.id, { timeline: "x".repeat(201) }));
    expect([long.status, long.field]).toEqual([400, "timeline"]);
    expect(long.message).toContain(`${labelOf("timeline")}: `);
    const round = await refusal(api.editEvent(event.id, { kind: "next-round" as "reply" }));
    expect([round.status, round.field]).toEqual([400, "kind"]);
    expect(round.message).toContain(`${labelOf("kind")}: `);
    const outcome = await refusal(api.editEvent(event.id, { outcome: "hired" }));
    expect([outcome.status, outcome.field]).toEqual([400, "outcome"]);
    expect(outcome.message).toBe("Only a decision has an outcome; this event is a reply.");
    const past = await refusal(api.editEvent(event.id, { timeline: "early November" }));
    expect([past.status, past.field]).toEqual([400, "timeline"]);
    expect(past.message).toContain("before the day it was said (Wed 2 Dec)");
    const who = await refusal(api.editEvent(event.id, { contactId: stranger.id }));
    expect([who.status, who.field]).toEqual([400, "contactId"]);
    const missing = await refusal(api.editEvent("ev_unknown", { note: "x" }));
    expect(missing.status).toBe(404);

    expect(await snapshotStore(ts.store)).toEqual(before);
  });

  it("a next round's event cannot become a reply, and deleting it says what would go with it", async () => {
    const api = clientOf(ts);
    const { interviewId } = await seed(api);
    ts.clock.now = "2026-11-25T16:00:00.000Z";
    const { event } = await api.recordEvent(interviewId, {
      kind: "next-round",
      nextAt: "2026-12-08T10:00",
    });
    const before = await snapshotStore(ts.store);
    const kindChange = await refusal(api.editEvent(event.id, { kind: "reply" }));
    expect([kindChange.status, kindChange.field]).toEqual([409, "kind"]);
    expect(kindChange.message).toMatch(
      /^This next round started its own interview \(round 2, Tue 8 Dec\)/,
    );
    const gone = await refusal(api.deleteEvent(event.id));
    expect(gone.status).toBe(409);
    expect(gone.message).toMatch(
      /^This event started round 2 on Tue 8 Dec; deleting it would take that interview with it: 0 people, 0 notes and \d+ planned follow-ups\./,
    );
    expect(await snapshotStore(ts.store)).toEqual(before);
  });
});

async function statusOf(api: ApiClient, interviewId: string): Promise<string> {
  return (await api.getInterview(interviewId)).application.status;
}

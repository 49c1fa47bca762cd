import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

const CARDS = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Raj Patel",
  "TITLE:Staff Engineer",
  "EMAIL:raj@acme.example",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Mei Lin",
  "EMAIL:mei@acme.example",
  "END:VCARD",
  "",
].join("\r\n");

describe.each(STORE_KINDS)("HTTP contacts and records on %s", (kind) => {
  const app = useTestApp(kind);

  it("POST /api/interviews/{id}/contacts seats a person (R1, R4, R5); 400 names the field; 404 for an unknown interview", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const raj = await t.call("POST", `/api/interviews/${interviewId}/contacts`, {
      name: "Raj Patel",
      email: "raj@acme.example",
      followUpOn: "2026-11-27",
      followUpVia: "phone",
    });
    expect(raj.status).toBe(201);
    expect(raj.body).toMatchObject({
      name: "Raj Patel",
      followUpOn: "2026-11-27",
      followUpVia: "phone",
      role: "interviewer",
    });
    const snapshot = await snapshotStore(t.store);
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/contacts`, {
        name: "X",
        email: "not-an-email",
      }),
      400,
      "email",
    );
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/contacts`, { name: "" }),
      400,
      "name",
    );
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/contacts`, { name: "Y", role: "boss" }),
      400,
      "role",
    );
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/contacts`, {
        name: "Y",
        followUpOn: "2026-11-01",
      }),
      400,
      "followUpOn",
    );
    expectError(
      await t.call("POST", "/api/interviews/iv_nope/contacts", { name: "Z" }),
      404,
      "interviewId",
    );
    const again = await t.call("POST", `/api/interviews/${interviewId}/contacts`, {
      name: "Raj Patel",
    });
    expectError(again, 409, "name");
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });

  it("POST /api/interviews/{id}/contacts/import reads a vCard body; a broken one is a 400; 404 for an unknown interview", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const headers = { "content-type": "text/vcard" };
    const imported = await t.call(
      "POST",
      `/api/interviews/${interviewId}/contacts/import`,
      CARDS,
      headers,
    );
    expect(imported.status).toBe(201);
    expect(imported.body.people.map((c: { name: string }) => c.name)).toEqual([
      "Raj Patel",
      "Mei Lin",
    ]);
    const snapshot = await snapshotStore(t.store);
    const broken = await t.call(
      "POST",
      `/api/interviews/${interviewId}/contacts/import`,
      "BEGIN:VCARD\r\nFN:x\r\n",
      headers,
    );
    expectError(broken, 400);
    expect(broken.body.error.code).toBe("INVALID_IMPORT");
    expectError(
      await t.call("POST", "/api/interviews/iv_nope/contacts/import", CARDS, headers),
      404,
      "interviewId",
    );
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });

  it("GET /api/contacts and /api/contacts/{id}; 404 for an unknown id", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    const list = await t.call("GET", "/api/contacts");
    expect(list.status).toBe(200);
    expect(list.body.map((c: { id: string }) => c.id)).toEqual([contactId]);
    const one = await t.call("GET", `/api/contacts/${contactId}`);
    expect(one.status).toBe(200);
    expect(one.body.contact.name).toBe("Dana Whitfield");
    expect(one.body.participations[0].interviewId).toBe(interviewId);
    expectError(await t.call("GET", "/api/contacts/ct_nope"), 404, "contact");
  });

  it("POST /api/interviews/{id}/notes keeps a note by kind and person (R2); 400; 404", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    const note = await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      contactId,
      kind: "highlight",
      text: "Her team moved to dbt last spring",
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ interviewId, contactId, kind: "highlight" });
    const snapshot = await snapshotStore(t.store);
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/notes`, { kind: "gossip", text: "x" }),
      400,
      "kind",
    );
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/notes`, { kind: "highlight" }),
      400,
      "text",
    );
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/notes`, {
        kind: "highlight",
        text: "x",
        contactId: "ct_other",
      }),
      400,
      "contactId",
    );
    expectError(
      await t.call("POST", "/api/interviews/iv_nope/notes", { kind: "highlight", text: "x" }),
      404,
      "interviewId",
    );
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });

  it("POST /api/interviews/{id}/correspondence keeps a message (R25); 400; 404", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    const kept = await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
      direction: "in",
      channel: "email",
      contactIds: [contactId],
      subject: "Re: thanks",
      body: "Thanks for coming in!",
      at: "2026-11-20T15:30",
    });
    expect(kept.status).toBe(201);
    expect(kept.body).toMatchObject({
      direction: "in",
      subject: "Re: thanks",
      contactIds: [contactId],
    });
    const snapshot = await snapshotStore(t.store);
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
        direction: "sideways",
        channel: "email",
      }),
      400,
      "direction",
    );
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
        direction: "in",
        channel: "email",
        contactIds: [7],
      }),
      400,
      "contactIds.0",
    );
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
        direction: "in",
        channel: "email",
        at: "2030-01-01T10:00",
      }),
      400,
      "at",
    );
    expectError(
      await t.call("POST", "/api/interviews/iv_nope/correspondence", {
        direction: "in",
        channel: "email",
      }),
      404,
      "interviewId",
    );
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });

  it("POST /api/interviews/{id}/events records each kind and changes the plan (R16, R17); 400; 404", async () => {
    const t = app.get();
    const { interviewId, applicationId } = await seedInterview(t);
    for (const body of [{ kind: "reply" }, { kind: "call", note: "Quick chat" }]) {
      const r = await t.call("POST", `/api/interviews/${interviewId}/events`, body);
      expect(r.status).toBe(201);
      expect(r.body.event.kind).toBe(body.kind);
    }
    const next = await t.call("POST", `/api/interviews/${interviewId}/events`, {
      kind: "next-round",
      nextAt: "2026-11-27T10:00",
      nextTimeline: "a week",
    });
    expect(next.status).toBe(201);
    expect(next.body.nextInterview.round).toBe(2);
    const decision = await t.call("POST", `/api/interviews/${next.body.nextInterview.id}/events`, {
      kind: "decision",
      outcome: "rejected",
    });
    // The next round is in the future: a decision "now" is before it, which the use case allows.
    expect(decision.status).toBe(201);
    expect(decision.body.event.outcome).toBe("rejected");
    const withdrawn = await t.call("POST", `/api/interviews/${interviewId}/events`, {
      kind: "withdrawn",
    });
    expect(withdrawn.status).toBe(201);
    const application = await t.call("GET", `/api/applications/${applicationId}`);
    expect(application.body.application.status).toBe("withdrawn");

    const snapshot = await snapshotStore(t.store);
    const badKind = await t.call("POST", `/api/interviews/${interviewId}/events`, {
      kind: "ghosted",
    });
    expectError(badKind, 400, "kind");
    expect(badKind.body.error.accepted).toContain("decision");
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/events`, {
        kind: "decision",
        outcome: "maybe",
      }),
      400,
      "outcome",
    );
    expectError(
      await t.call("POST", `/api/interviews/${interviewId}/events`, { kind: "next-round" }),
      400,
      "nextAt",
    );
    expectError(
      await t.call("POST", "/api/interviews/iv_nope/events", { kind: "reply" }),
      404,
      "interviewId",
    );
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });
});

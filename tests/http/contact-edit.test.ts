import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

const CARD =
  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Raj Patel\r\nEMAIL:raj@acme.example\r\nEND:VCARD\r\n";

describe.each(STORE_KINDS)("correcting a person on %s", (kind) => {
  const app = useTestApp(kind);

  it("PATCH /api/contacts/{id}: an imported person agrees to connect and the LinkedIn request appears (R5, R9)", async () => {
    const t = app.get();
    await t.call("PUT", "/api/profile", { timeZone: "America/Chicago", linkedIn: true });
    const added = await t.call("POST", "/api/interviews", {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const interviewId = added.body.interview.id as string;
    const imported = await t.call("POST", `/api/interviews/${interviewId}/contacts/import`, CARD, {
      "content-type": "text/vcard",
    });
    expect(imported.status).toBe(201);
    const raj = imported.body.people[0];
    const kinds = async () =>
      (await t.call("GET", `/api/interviews/${interviewId}/plan`)).body.actions
        .filter((a: { status: string }) => a.status !== "cancelled")
        .map((a: { kind: string }) => a.kind);
    expect(await kinds()).not.toContain("linkedin-request");

    const edited = await t.call("PATCH", `/api/contacts/${raj.id}`, {
      phone: "+1 555 0100",
      agreedToConnect: true,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: "Raj Patel",
      email: "raj@acme.example",
      phone: "+1 555 0100",
      agreedToConnect: true,
      role: raj.role,
    });
    expect(await kinds()).toContain("linkedin-request");

    const before = await snapshotStore(t.store);
    expectError(
      await t.call("PATCH", `/api/contacts/${raj.id}`, { email: "raj.acme" }),
      400,
      "email",
    );
    expectError(await t.call("PATCH", `/api/contacts/${raj.id}`, { name: " " }), 400, "name");
    expectError(
      await t.call("PATCH", `/api/contacts/${raj.id}`, { timeZone: "Mars/Base" }),
      400,
      "timeZone",
    );
    expectError(await t.call("PATCH", "/api/contacts/ct_nobody", { phone: "1" }), 404);
    expect(await snapshotStore(t.store)).toEqual(before);
    const again = await t.call("GET", `/api/contacts/${raj.id}`);
    expect(JSON.stringify(again.body)).toContain("+1 555 0100");
  });
});

import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

describe.each(STORE_KINDS)("forgetting a company on %s", (kind) => {
  const app = useTestApp(kind);

  it("says what would go without the name; with it, removes everything, search included", async () => {
    const t = app.get();
    const { interviewId, applicationId, contactId } = await seedInterview(t);
    await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      contactId,
      kind: "highlight",
      text: "Talked about the Zeppelin migration",
    });
    const trashed = await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      kind: "question",
      text: "Zeppelin budget question",
    });
    await t.call("DELETE", `/api/notes/${trashed.body.id}`);
    await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
      direction: "in",
      channel: "email",
      contactIds: [contactId],
      subject: "Re: thanks",
      body: "Zeppelin team says hello",
    });
    const other = await t.call("POST", "/api/interviews", {
      company: "Birch",
      role: "Analyst",
      at: "2026-11-19T10:00",
      timeZone: "America/Chicago",
    });
    await t.call("POST", `/api/interviews/${other.body.interview.id}/notes`, {
      kind: "highlight",
      text: "Zeppelin is also used at Birch",
    });
    const companyId = (await t.call("GET", `/api/applications/${applicationId}`)).body.company.id;

    const before = await snapshotStore(t.store);
    const unconfirmed = await t.call("DELETE", `/api/companies/${companyId}`);
    expectError(unconfirmed, 409, "confirm");
    expect(unconfirmed.body.error.message).toContain("1 interview, 1 person, 1 note");
    expect(unconfirmed.body.error.accepted).toBe("Acme");
    expectError(await t.call("DELETE", `/api/companies/${companyId}?confirm=acme`), 409, "confirm");
    expectError(await t.call("DELETE", "/api/companies/co_unknown?confirm=Acme"), 404);
    expect(await snapshotStore(t.store)).toEqual(before);

    const forgotten = await t.call("DELETE", `/api/companies/${companyId}?confirm=Acme`);
    expect(forgotten.status).toBe(200);
    expect(forgotten.body.removed).toMatchObject({
      interviews: 1,
      contacts: 1,
      notes: 1,
      correspondence: 1,
    });
    expectError(await t.call("GET", `/api/applications/${applicationId}`), 404);
    const hits = JSON.stringify((await t.call("GET", "/api/search?text=Zeppelin")).body);
    expect(hits).toContain("Birch");
    expect(hits).not.toContain("migration");
    expect(hits).not.toContain("hello");
    expect((await t.call("GET", "/api/trash")).body).toEqual([]);
    const interviews = (await t.call("GET", "/api/interviews")).body;
    expect(interviews.map((i: { companyName: string }) => i.companyName)).toEqual(["Birch"]);
  });

  it("leaves no deleted message of the company in the trash, even one tied only to its application", async () => {
    const t = app.get();
    const { interviewId, applicationId, contactId } = await seedInterview(t);
    const logged = await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
      direction: "in",
      channel: "email",
      contactIds: [contactId],
      subject: "Re: thanks",
      body: "Imported from the mailbox",
    });
    // Mail matched to the company but to none of its interviews names only the application.
    await t.store.db
      .updateTable("correspondence")
      .set({ interviewId: null })
      .where("id", "=", logged.body.id)
      .execute();
    expect((await t.call("DELETE", `/api/correspondence/${logged.body.id}`)).status).toBe(200);
    expect((await t.call("GET", "/api/trash")).body).toHaveLength(1);
    const companyId = (await t.call("GET", `/api/applications/${applicationId}`)).body.company.id;

    expect((await t.call("DELETE", `/api/companies/${companyId}?confirm=Acme`)).status).toBe(200);
    expect((await t.call("GET", "/api/trash")).body).toEqual([]);
  });

  it("says a record is gone without quoting its internal id", async () => {
    const t = app.get();
    const missing = await t.call("GET", "/api/applications/ap_gone123");
    expectError(missing, 404);
    expect(missing.body.error.message).toBe(
      "That application is not on record: it may have been deleted or forgotten, or the id is mistyped.",
    );
  });
});

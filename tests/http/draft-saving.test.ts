import { describe, expect, it } from "vitest";
import { STORE_KINDS } from "../support/test-store.js";
import { clientOf, refusal, snapshot } from "./draft-test-kit.js";
import { openTestApp, seedInterview, type TestApp } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

async function thankYouOf(t: TestApp) {
  const seeded = await seedInterview(t);
  const api = clientOf(t);
  const { actions } = await api.getPlan(seeded.interviewId);
  const action = actions.find((a) => a.kind === "thank-you-email");
  if (!action) throw new Error("no thank-you email planned");
  return { ...seeded, api, actionId: action.id };
}

const MINE =
  "Dear Dana,\n\nThank you for the intervew today; the dbt migration sounds great.\n\nAna";

describe.each(STORE_KINDS)("drafts saved on the server on %s", (kind) => {
  const app = useTestApp(kind);

  it("PUT /api/actions/{id}/draft keeps the text: a reload gets it back, checked as written (R21)", async () => {
    const t = app.get();
    const { api, actionId } = await thankYouOf(t);
    const fresh = await api.getDraft(actionId);
    expect(fresh).toMatchObject({ edited: false, revision: 0, savedAt: null, sent: null });

    const saved = await api.saveDraft(actionId, {
      subject: "Thanks, Dana",
      body: MINE,
      revision: 0,
    });
    expect(saved).toEqual({ actionId, edited: true, revision: 1, savedAt: t.clock.now });
    const again = await api.getDraft(actionId);
    expect(again).toMatchObject({ edited: true, revision: 1, savedAt: t.clock.now, sent: null });
    expect(again.draft.body).toBe(MINE);
    expect(again.draft.subject).toBe("Thanks, Dana");
    // The checks run on the user's text, not on the composed one (R21).
    expect(again.findings.map((f) => MINE.slice(f.start, f.end))).toContain("intervew");
    // The files are rendered from it too.
    expect(await api.getDraftFile(actionId, "text")).toContain("the dbt migration");

    // A body alone keeps the saved subject.
    const body2 = MINE.replace("intervew", "interview");
    expect((await api.saveDraft(actionId, { body: body2, revision: 1 })).revision).toBe(2);
    const third = await api.getDraft(actionId);
    expect(third.draft).toMatchObject({ subject: "Thanks, Dana", body: body2 });

    // Back to the suggested text.
    const back = await api.discardDraft(actionId);
    expect(back).toMatchObject({ edited: false, revision: 3 });
    expect(back.draft.body).toBe(fresh.draft.body);
    expect((await api.getDraft(actionId)).draft.body).toBe(fresh.draft.body);
  });

  it("a save over a newer revision from another device is refused (409) and nothing changes", async () => {
    const t = app.get();
    const { api, actionId } = await thankYouOf(t);
    // Two devices open the same draft; the phone saves first.
    await api.saveDraft(actionId, { body: "From the phone", revision: 0 });
    await api.saveDraft(actionId, { body: "From the phone, again", revision: 1 });
    const before = await snapshot(t);
    const stale = await refusal(api.saveDraft(actionId, { body: "From the laptop", revision: 0 }));
    expect(stale).toMatchObject({ status: 409, code: "CONFLICT", field: "revision" });
    expect(stale.message).toMatch(/saved elsewhere/);
    expect(stale.accepted).toContain("2");
    const older = await refusal(api.saveDraft(actionId, { body: "From the laptop", revision: 1 }));
    expect(older.field).toBe("revision");
    expect(await snapshot(t)).toEqual(before);
    expect((await api.getDraft(actionId)).draft.body).toBe("From the phone, again");
    // Once it has loaded revision 2, the laptop may save.
    expect((await api.saveDraft(actionId, { body: "From the laptop", revision: 2 })).revision).toBe(
      3,
    );
  });

  it("400 names the field by its label and stores nothing; 404 for an unknown action", async () => {
    const t = app.get();
    const { api, actionId } = await thankYouOf(t);
    const before = await snapshot(t);
    const injected = await refusal(
      api.saveDraft(actionId, { subject: "Hi\r\nBcc: all@example.org", body: "x" }),
    );
    expect(injected).toMatchObject({ status: 400, field: "subject" });
    expect(injected.message).toMatch(/Subject/);
    expect(injected.message).not.toMatch(/\bsubject\b/);
    const empty = await refusal(api.saveDraft(actionId, { body: "  " }));
    expect(empty).toMatchObject({ status: 400, field: "body" });
    expect(empty.message).toMatch(/Text/);
    const nothing = await refusal(api.saveDraft(actionId, {}));
    expect(nothing).toMatchObject({ status: 400, field: "body" });
    const unknown = await refusal(
      api.saveDraft(actionId, { body: "x", format: "eml" } as unknown as { body: string }),
    );
    expect(unknown.status).toBe(400);
    expect(await snapshot(t)).toEqual(before);
    expect((await refusal(api.saveDraft("act_nothing", { body: "x" }))).status).toBe(404);
    expect((await refusal(api.discardDraft("act_nothing"))).status).toBe(404);
  });

  it("once marked sent, the draft is the text that went out, to whom and when, and can no longer change", async () => {
    const t = app.get();
    const { api, actionId, interviewId, contactId } = await thankYouOf(t);
    await api.saveDraft(actionId, { subject: "Thanks, Dana", body: MINE, revision: 0 });
    const sentAt = t.clock.now;
    await api.logCorrespondence(interviewId, {
      direction: "out",
      channel: "email",
      subject: "Thanks, Dana",
      body: MINE,
      contactIds: [contactId],
      actionId,
    });
    // The saved draft went with it, in the same transaction.
    expect(await t.store.db.selectFrom("draftEdits").selectAll().execute()).toEqual([]);
    // Records changing afterwards do not rewrite what was sent.
    await api.addNote(interviewId, { contactId, kind: "highlight", text: "Loves Airflow" });
    const shown = await api.getDraft(actionId);
    expect(shown.action.status).toBe("sent");
    expect(shown.draft).toMatchObject({ subject: "Thanks, Dana", body: MINE });
    expect(shown.sent).toEqual({
      state: "sent",
      at: sentAt,
      to: "Dana Whitfield <dana@acme.example>",
    });
    expect(shown.findings).toEqual([]);
    const before = await snapshot(t);
    const refused = await refusal(api.saveDraft(actionId, { body: "Too late" }));
    expect(refused).toMatchObject({ status: 409, field: "action" });
    expect(refused.message).toMatch(/already sent/);
    expect(refused.message).not.toContain(actionId);
    expect((await refusal(api.discardDraft(actionId))).status).toBe(409);
    expect(await snapshot(t)).toEqual(before);
  });

  it("forgetting the company removes its drafts; an export carries them and an import brings them back", async () => {
    const t = app.get();
    const { api, actionId, applicationId } = await thankYouOf(t);
    await api.saveDraft(actionId, { subject: "Thanks, Dana", body: MINE, revision: 0 });
    const doc = await api.exportData();
    expect(doc.draftEdits).toEqual([
      {
        actionId,
        ownSubject: true,
        subject: "Thanks, Dana",
        body: MINE,
        revision: 1,
        updatedAt: t.clock.now,
        channel: null,
      },
    ]);

    const other = await openTestApp(kind);
    try {
      const api2 = clientOf(other);
      await api2.importData(doc);
      const back = await api2.getDraft(actionId);
      expect(back).toMatchObject({ edited: true, revision: 1 });
      expect(back.draft.body).toBe(MINE);
      expect(await api2.exportData()).toEqual(doc);
      // A draft of an action not in the file is refused, naming where.
      const orphan = {
        ...doc,
        companies: [],
        applications: [],
        interviews: [],
        contacts: [],
        participations: [],
        notes: [],
        correspondence: [],
        events: [],
        actions: [],
        profile: null,
      };
      const refused = await refusal(api2.importData(orphan));
      expect(refused).toMatchObject({ status: 400, field: "draftEdits.0.actionId" });
    } finally {
      await other.cleanup();
    }

    const detail = await api.getApplication(applicationId);
    await api.forgetCompany(detail.company.id, "Acme");
    expect(await t.store.db.selectFrom("draftEdits").selectAll().execute()).toEqual([]);
  });
});

// Every PATCH and DELETE route (and the restore that undoes a delete), on both databases, through
// the typed client: it succeeds, a refusal names the field (by its label where the schema refused
// it, never by its key), an unknown id is 404, and a refused call leaves the store exactly as it
// was: row counts, plan states and the record itself.
import { describe, expect, it } from "vitest";
import { type ApiClient, createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";
import { labelOf } from "../../src/errors/field-labels.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS, type TestStore } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

/** The typed client over the real app on the test's store (in-process, no socket). */
function clientOf(ts: TestStore): ApiClient {
  const app = createApp({ store: ts.store, context: () => ts.ctx });
  return createApiClient({ fetch: async (input, init) => app.request(String(input), init) });
}

/** A field key (`timeZone`) or an internal id (`nt_…`) in a message the user reads. */
const KEY_OR_ID = /\b[a-z]+[A-Z][a-zA-Z]*\b|\b(?:nt|ev|ct|iv|co|ap)_[0-9a-z]+/;

/**
 * The refusal of a call, with its status. `field` is the key of the field at fault: where the
 * schema refused it, the message names it by its label ("Time zone: …"). A 400 or 409 never
 * shows a key or an id.
 */
async function refusal(call: Promise<unknown>, status: number, field?: string): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected a ${status} refusal, got ${error}`);
  expect({ status: error.status, message: error.message }).toEqual({
    status,
    message: expect.stringMatching(/\S/),
  });
  if (status !== 404) expect(error.message).not.toMatch(KEY_OR_ID);
  if (field !== undefined) {
    expect(error.field).toBe(field);
    const problem = error.problems.find((p) => p.field === field);
    if (problem !== undefined) {
      expect(problem.label).toBe(labelOf(field));
      expect(error.message).toContain(`${labelOf(field)}: `);
    }
  }
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
  return {
    interviewId: added.interview.id,
    applicationId: added.application.id,
    contactId: dana.id,
  };
}

describe.each(STORE_KINDS)("every edit and delete route on %s", (kind) => {
  const ts = useTestStore(kind);

  /** Calls that must be refused, with the store (and what `shown()` reads) unchanged around them. */
  async function unchangedAround(
    shown: () => Promise<unknown>,
    refusals: (() => Promise<unknown>)[],
  ): Promise<void> {
    const before = await snapshotStore(ts.store);
    const seen = await shown();
    for (const refuse of refusals) await refuse();
    expect(await snapshotStore(ts.store)).toEqual(before);
    expect(await shown()).toEqual(seen);
  }

  it("PATCH /api/notes/{id}: what is given changes; a bad text, kind or person is refused", async () => {
    const api = clientOf(ts);
    const { interviewId, contactId } = await seed(api);
    const note = await api.addNote(interviewId, {
      contactId,
      kind: "highlight",
      text: "Her team moved to dbt last sprng",
    });
    const edited = await api.editNote(note.id, { text: "Her team moved to dbt last spring" });
    expect(edited).toEqual({ ...note, text: "Her team moved to dbt last spring" });
    expect(await api.editNote(note.id, { kind: "qualification", contactId: null })).toEqual({
      ...edited,
      kind: "qualification",
      contactId: null,
    });

    await unchangedAround(
      async () => (await api.getInterview(interviewId)).notes,
      [
        () => refusal(api.editNote(note.id, { text: "" }), 400, "text"),
        () => refusal(api.editNote(note.id, { kind: "gossip" as "highlight" }), 400, "kind"),
        () => refusal(api.editNote(note.id, { contactId: "ct_nobody" }), 400, "contactId"),
        () => refusal(api.editNote("nt_unknown", { text: "x" }), 404),
      ],
    );
  });

  it("DELETE /api/notes/{id} and POST /api/trash/{id}/restore: gone, listed, back as it was", async () => {
    const api = clientOf(ts);
    const { interviewId, contactId } = await seed(api);
    const note = await api.addNote(interviewId, {
      contactId,
      kind: "personal-interest",
      text: "Training for the Chicago marathon",
    });
    const deleted = await api.deleteNote(note.id);
    expect([deleted.id, deleted.kind, deleted.record]).toEqual([note.id, "note", note]);
    expect((await api.getInterview(interviewId)).notes).toEqual([]);
    expect((await api.listDeleted()).map((e) => e.id)).toEqual([note.id]);

    await unchangedAround(api.listDeleted, [
      () => refusal(api.deleteNote(note.id), 404),
      () => refusal(api.deleteNote("nt_unknown"), 404),
      () => refusal(api.restoreDeleted("nt_unknown"), 404),
      // A control character in the address is refused before any route (request-guard.ts).
      () => refusal(api.deleteNote("nt_\u0000"), 400, "path"),
      () => refusal(api.restoreDeleted("nt_\u0000"), 400, "path"),
    ]);

    expect((await api.restoreDeleted(note.id)).record).toEqual(note);
    expect((await api.getInterview(interviewId)).notes).toEqual([note]);
    expect(await api.listDeleted()).toEqual([]);
    await unchangedAround(api.listDeleted, [() => refusal(api.restoreDeleted(note.id), 404)]);
  });

  it("DELETE /api/events/{id}: a reply goes and comes back; the one that started a next round is refused (R16)", async () => {
    const api = clientOf(ts);
    const { interviewId, applicationId, contactId } = await seed(api);
    const reply = await api.recordEvent(interviewId, { kind: "reply", contactId, note: "Thanks!" });
    const events = async () =>
      (await api.getApplication(applicationId)).timeline.flatMap((entry) =>
        entry.type === "event" ? [entry.event.id] : [],
      );
    expect(await events()).toContain(reply.event.id);
    const deleted = await api.deleteEvent(reply.event.id);
    expect([deleted.id, deleted.kind, deleted.record]).toEqual([
      reply.event.id,
      "event",
      reply.event,
    ]);
    expect(await events()).not.toContain(reply.event.id);

    const next = await api.recordEvent(interviewId, {
      kind: "next-round",
      nextAt: "2026-11-27T10:00",
    });
    await unchangedAround(events, [
      () => refusal(api.deleteEvent(reply.event.id), 404),
      () => refusal(api.deleteEvent("ev_unknown"), 404),
      // The next round is an interview of its own: it does not silently go with the event.
      async () =>
        expect((await refusal(api.deleteEvent(next.event.id), 409)).message).toMatch(/next round/i),
    ]);
    expect((await api.restoreDeleted(reply.event.id)).record).toEqual(reply.event);
    expect(await events()).toContain(reply.event.id);
  });

  it("PATCH /api/interviews/{id}: one field changes; an impossible date, zone, format or timeline is refused", async () => {
    const api = clientOf(ts);
    const { interviewId } = await seed(api);
    const before = (await api.getInterview(interviewId)).interview;
    expect(await api.editInterview(interviewId, { feeling: "went well" })).toEqual({
      ...before,
      feeling: "went well",
    });

    await unchangedAround(
      async () => (await api.getInterview(interviewId)).interview,
      [
        () => refusal(api.editInterview(interviewId, { at: "2026-02-30T10:00" }), 400, "at"),
        () =>
          refusal(api.editInterview(interviewId, { timeZone: "Mars/Olympus" }), 400, "timeZone"),
        () =>
          refusal(api.editInterview(interviewId, { format: "hologram" as "video" }), 400, "format"),
        // R3: a timeline that ends before the interview cannot be meant.
        () => refusal(api.editInterview(interviewId, { timeline: "2026-11-01" }), 400, "timeline"),
        () => refusal(api.editInterview("iv_unknown", { feeling: "ok" }), 404),
      ],
    );
  });

  it("PATCH /api/contacts/{id}: the card's fields change; a bad email, empty name or unknown zone is refused", async () => {
    const api = clientOf(ts);
    const { contactId } = await seed(api);
    const before = (await api.getContact(contactId)).contact;
    expect(
      await api.editContact(contactId, { phone: "+1 555 0100", title: "Head of Data" }),
    ).toEqual({ ...before, phone: "+1 555 0100", title: "Head of Data" });

    await unchangedAround(
      async () => (await api.getContact(contactId)).contact,
      [
        () => refusal(api.editContact(contactId, { email: "dana.acme" }), 400, "email"),
        () => refusal(api.editContact(contactId, { name: " " }), 400, "name"),
        () => refusal(api.editContact(contactId, { timeZone: "Mars/Base" }), 400, "timeZone"),
        () => refusal(api.editContact("ct_nobody", { phone: "1" }), 404),
      ],
    );
  });

  it("PATCH /api/companies/{id}: website and calendar change; an unknown country or a bad URL is refused", async () => {
    const api = clientOf(ts);
    const { applicationId } = await seed(api);
    const before = (await api.getApplication(applicationId)).company;
    expect(
      await api.updateCompany(before.id, {
        website: "https://acme.example",
        country: "DE",
        region: "BY",
      }),
    ).toEqual({ ...before, website: "https://acme.example", country: "DE", region: "BY" });

    await unchangedAround(
      async () => (await api.getApplication(applicationId)).company,
      [
        () => refusal(api.updateCompany(before.id, { country: "Narnia" }), 400, "country"),
        () => refusal(api.updateCompany(before.id, { website: "not a url" }), 400, "website"),
        () => refusal(api.updateCompany("co_unknown", { country: "US" }), 404),
      ],
    );
  });

  it("DELETE /api/companies/{id}: says what would go unless its name confirms, then forgets it for good", async () => {
    const api = clientOf(ts);
    const { interviewId, applicationId } = await seed(api);
    await api.addNote(interviewId, { kind: "highlight", text: "Zeppelin migration" });
    const companyId = (await api.getApplication(applicationId)).company.id;

    await unchangedAround(
      () => api.getApplication(applicationId),
      [
        async () => {
          const error = await refusal(api.forgetCompany(companyId, ""), 409, "confirm");
          expect(error.message).toContain("1 interview, 1 person, 1 note");
          expect(error.accepted).toBe("Acme");
        },
        () => refusal(api.forgetCompany(companyId, "acme"), 409, "confirm"),
        () => refusal(api.forgetCompany(companyId, "x".repeat(201)), 400, "confirm"),
        () => refusal(api.forgetCompany("co_unknown", "Acme"), 404),
      ],
    );

    expect(await api.forgetCompany(companyId, "Acme")).toEqual({
      name: "Acme",
      removed: expect.objectContaining({ interviews: 1, contacts: 1, notes: 1 }),
    });
    await refusal(api.getApplication(applicationId), 404);
    await refusal(api.forgetCompany(companyId, "Acme"), 404);
  });

  it("DELETE /api/templates/{id}: back to the built-in text; an unknown template is refused with the list", async () => {
    const api = clientOf(ts);
    const builtIn = (await api.listTemplates()).find((t) => t.id === "thank-you-email");
    if (builtIn === undefined) throw new Error("no thank-you template");
    const edited = await api.saveTemplate(
      "thank-you-email",
      builtIn.text.replace("Thank", "Many thanks"),
    );
    expect(edited.edited).toBe(true);

    await unchangedAround(api.listTemplates, [
      async () => {
        const error = await refusal(api.resetTemplate("no-such"), 400, "template");
        expect(error.accepted).toContain("thank-you-email");
      },
    ]);
    expect(await api.resetTemplate("thank-you-email")).toEqual({ ...builtIn, edited: false });
    expect((await api.listTemplates()).find((t) => t.id === "thank-you-email")).toEqual(builtIn);
  });
});

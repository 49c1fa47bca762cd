import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors/app-error.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { importContacts } from "../../src/use-cases/contacts/import-contacts.js";
import { listContacts, showContact } from "../../src/use-cases/contacts/list-contacts.js";
import { logCorrespondence } from "../../src/use-cases/correspondence/log-correspondence.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { listInterviews } from "../../src/use-cases/interviews/list-interviews.js";
import { showInterview } from "../../src/use-cases/interviews/show-interview.js";
import { addNote } from "../../src/use-cases/notes/add-note.js";
import { getProfile } from "../../src/use-cases/profile/get-profile.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

async function expectAppError(
  work: Promise<unknown>,
  code: string,
  field?: string,
): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe(code);
  if (field) expect(appError.field).toBe(field);
  return appError;
}

describe.each(STORE_KINDS)("records on %s", (kind) => {
  const t = useTestStore(kind);

  it("starts with the default profile and keeps what is set", async () => {
    expect((await getProfile(t.ctx)).maxUnanswered).toBe(3);
    expect((await getProfile(t.ctx)).assumedTimelineDays).toBe(10);
    await setProfile(t.ctx, {
      name: "Ana Ruiz",
      timeZone: "Europe/Madrid",
      country: "es",
      strengths: ["SQL", "mentoring"],
    });
    await setProfile(t.ctx, { sendCard: true });
    const profile = await getProfile(t.ctx);
    expect(profile).toMatchObject({
      name: "Ana Ruiz",
      timeZone: "Europe/Madrid",
      country: "ES",
      strengths: ["SQL", "mentoring"],
      sendCard: true,
    });
  });

  it("records an interview, reusing its company and application", async () => {
    const first = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/New_York",
      format: "video",
    });
    expect(first.interview.startsAt).toBe("2026-11-20T19:00:00.000Z");
    const second = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-25T10:00",
      timeZone: "America/New_York",
      round: 2,
    });
    expect(second.company.id).toBe(first.company.id);
    expect(second.application.id).toBe(first.application.id);
    const list = await listInterviews(t.ctx);
    expect(list.map((r) => r.interview.id)).toEqual([second.interview.id, first.interview.id]);
    expect(list[0]?.companyName).toBe("Acme");
  });

  it("keeps contacts exactly as on the card, seats one person on several interviews, and stores commitments", async () => {
    const a = await addInterview(t.ctx, {
      company: "Nordwind",
      role: "SRE",
      at: "2026-11-20T09:00",
      timeZone: "Europe/Berlin",
    });
    const b = await addInterview(t.ctx, {
      company: "Nordwind",
      role: "SRE",
      at: "2026-11-27T09:00",
      timeZone: "Europe/Berlin",
      round: 2,
    });
    const zoe = await addContact(t.ctx, {
      interviewId: a.interview.id,
      name: "Zoë Ångström-Núñez",
      email: "zoe@nordwind.example",
      role: "hiring-manager",
      agreedToConnect: true,
      followUpOn: "2026-11-24",
      followUpVia: "phone",
    });
    const again = await addContact(t.ctx, {
      interviewId: b.interview.id,
      name: "Zoë Ångström-Núñez",
      role: "hiring-manager",
    });
    expect(again.id).toBe(zoe.id);
    expect(zoe).toMatchObject({
      name: "Zoë Ångström-Núñez",
      agreedToConnect: true,
      followUpOn: "2026-11-24",
      followUpVia: "phone",
    });
    const detail = await showContact(t.ctx, zoe.id);
    expect(detail.participations.map((p) => p.interviewId).sort()).toEqual(
      [a.interview.id, b.interview.id].sort(),
    );
    await expectAppError(
      addContact(t.ctx, { interviewId: a.interview.id, name: "Zoë Ångström-Núñez" }),
      "CONFLICT",
    );
  });

  it("keeps notes per person and correspondence in full", async () => {
    const a = await addInterview(t.ctx, {
      company: "Acme",
      role: "PM",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const dana = await addContact(t.ctx, {
      interviewId: a.interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
    });
    const note = await addNote(t.ctx, {
      interviewId: a.interview.id,
      contactId: dana.id,
      kind: "highlight",
      text: "We both ran the Chicago marathon.",
    });
    t.clock.now = "2026-11-21T15:00:00.000Z";
    const mail = await logCorrespondence(t.ctx, {
      interviewId: a.interview.id,
      direction: "out",
      channel: "email",
      contactIds: [dana.id],
      subject: "Thank you",
      body: "Dear Dana,\nThank you…",
      messageId: "<1@example>",
    });
    const detail = await showInterview(t.ctx, a.interview.id);
    expect(detail.notes).toEqual([note]);
    expect(detail.correspondence).toEqual([mail]);
    expect(detail.correspondence[0]?.body).toBe("Dear Dana,\nThank you…");
  });

  it.each([
    [{ timeZone: "Mars/Olympus" }, "timeZone"],
    [{ at: "2026-02-30T10:00" }, "at"],
    [{ company: "" }, "company"],
    [{ format: "carrier-pigeon" }, "format"],
  ])("refuses a bad interview (%o) naming the field, writing nothing", async (override, field) => {
    await addInterview(t.ctx, {
      company: "Existing",
      role: "X",
      at: "2026-11-18T10:00",
      timeZone: "UTC",
    });
    const before = await snapshotStore(t.store);
    await expectAppError(
      addInterview(t.ctx, {
        company: "Acme",
        role: "PM",
        at: "2026-11-20T14:00",
        timeZone: "America/Chicago",
        ...override,
      } as never),
      "INVALID_INPUT",
      field,
    );
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("refuses unknown ids and a commitment before the interview, writing nothing", async () => {
    const a = await addInterview(t.ctx, {
      company: "Acme",
      role: "PM",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const before = await snapshotStore(t.store);
    await expectAppError(
      addContact(t.ctx, { interviewId: "iv_nope", name: "X" }),
      "NOT_FOUND",
      "interviewId",
    );
    await expectAppError(
      addNote(t.ctx, { interviewId: "iv_nope", kind: "highlight", text: "x" }),
      "NOT_FOUND",
    );
    await expectAppError(showContact(t.ctx, "ct_nope"), "NOT_FOUND");
    await expectAppError(
      addContact(t.ctx, { interviewId: a.interview.id, name: "Early", followUpOn: "2026-11-19" }),
      "INVALID_INPUT",
      "followUpOn",
    );
    await expectAppError(
      addContact(t.ctx, { interviewId: a.interview.id, name: "Bad", email: "not-an-email" }),
      "INVALID_INPUT",
      "email",
    );
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("imports a vCard file all or nothing", async () => {
    const a = await addInterview(t.ctx, {
      company: "Acme",
      role: "PM",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const good = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:José Álvarez",
      "EMAIL;TYPE=work:jose@acme.example",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:4.0",
      "FN:渡辺 健",
      "TITLE:CTO",
      "END:VCARD",
      "",
    ].join("\r\n");
    const broken = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Only One",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:3.0",
      "TITLE:no name",
      "",
    ].join("\r\n");
    const before = await snapshotStore(t.store);
    await expectAppError(importContacts(t.ctx, a.interview.id, broken), "INVALID_IMPORT");
    expect(await snapshotStore(t.store)).toEqual(before);
    const added = await importContacts(t.ctx, a.interview.id, good);
    expect(added.people.map((c) => c.name)).toEqual(["José Álvarez", "渡辺 健"]);
    expect((await listContacts(t.ctx)).map((c) => c.name).sort()).toEqual(
      ["José Álvarez", "渡辺 健"].sort(),
    );
  });
});

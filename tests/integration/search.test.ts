import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors/app-error.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { logCorrespondence } from "../../src/use-cases/correspondence/log-correspondence.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { addNote } from "../../src/use-cases/notes/add-note.js";
import { recordEvent } from "../../src/use-cases/planning/record-event.js";
import { search } from "../../src/use-cases/search/search.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

describe.each(STORE_KINDS)("search on %s (R25)", (kind) => {
  const t = useTestStore(kind);

  async function seed() {
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-18T10:00",
      timeZone: "Europe/London",
    });
    const note = await addNote(t.ctx, {
      interviewId: interview.id,
      kind: "highlight",
      text: "Dana loved the Kafka migration story; she is interviewing three more candidates.",
    });
    const mail = await logCorrespondence(t.ctx, {
      interviewId: interview.id,
      direction: "in",
      channel: "email",
      at: "2026-11-19T09:00:00Z",
      subject: "Salary range for the role",
      body: "Hi Ana, the salary range is flexible. We will decide by Friday.",
    });
    await logCorrespondence(t.ctx, {
      interviewId: interview.id,
      direction: "out",
      channel: "email",
      at: "2026-11-19T12:00:00Z",
      subject: "Thank you",
      body: "Thank you for the conversation. Happy to talk about salary later.",
    });
    return { interview, note, mail };
  }

  it("finds notes and correspondence by stemmed words, best first, with marked snippets", async () => {
    const { interview, note, mail } = await seed();
    const { hits } = await search(t.ctx, { text: "interview" });
    expect(hits.map((h) => [h.kind, h.id, h.interviewId])).toEqual([
      ["note", note.id, interview.id],
    ]);
    expect(hits[0]?.snippet).toContain("«interviewing»");
    expect(hits[0]?.title).toBe("highlight note");

    const salary = await search(t.ctx, { text: "salary" });
    // Subject and body both say it: that message ranks above the one that says it once.
    expect(salary.hits.map((h) => h.id)[0]).toBe(mail.id);
    expect(salary.hits).toHaveLength(2);
    expect(salary.hits[0]?.rank).toBeGreaterThan(salary.hits[1]?.rank as number);
    expect(salary.hits[0]).toMatchObject({
      kind: "correspondence",
      title: "Salary range for the role",
      occurredAt: "2026-11-19T09:00:00.000Z",
    });
    expect(salary.hits.every((h) => h.snippet.includes("«"))).toBe(true);
  });

  it("reads phrases, exclusions and or like a web search, and honours the limit", async () => {
    const { mail } = await seed();
    expect((await search(t.ctx, { text: '"salary range"' })).hits.map((h) => h.id)).toEqual([
      mail.id,
    ]);
    expect((await search(t.ctx, { text: "salary -friday" })).hits).toHaveLength(1);
    expect((await search(t.ctx, { text: "kafka or friday" })).hits).toHaveLength(2);
    expect((await search(t.ctx, { text: "salary", limit: 1 })).hits).toHaveLength(1);
    expect((await search(t.ctx, { text: "nonexistentword" })).hits).toEqual([]);
    // Punctuation a user types is never query syntax.
    expect((await search(t.ctx, { text: 'salary) OR "(' })).hits.length).toBeGreaterThan(0);
  });

  it("finds the notes of calls and decisions; every hit names the person, the company and the date, and opens its application", async () => {
    const { interview, application } = await addInterview(t.ctx, {
      company: "Globex",
      role: "Analytics Engineer",
      at: "2026-11-10T14:00",
      timeZone: "America/New_York",
    });
    const dana = await addContact(t.ctx, { interviewId: interview.id, name: "Dana Whitfield" });
    const omar = await addContact(t.ctx, { interviewId: interview.id, name: "Omar Reyes" });
    const call = await recordEvent(t.ctx, {
      kind: "call",
      interviewId: interview.id,
      contactId: omar.id,
      at: "2026-11-16T15:30:00Z",
      note: "Omar said the hiring committee meets on Thursday.",
    });
    const decision = await recordEvent(t.ctx, {
      kind: "decision",
      outcome: "rejected",
      interviewId: interview.id,
      at: "2026-11-19T17:00:00Z",
      note: "They chose an internal candidate; keep in touch for the spring opening.",
    });
    const mail = await logCorrespondence(t.ctx, {
      interviewId: interview.id,
      direction: "in",
      channel: "email",
      at: "2026-11-17T09:00:00Z",
      subject: "Committee",
      body: "The committee is still deciding.",
      contactIds: [omar.id],
    });

    const committee = await search(t.ctx, { text: "committee" });
    expect(committee.hits.map((h) => [h.kind, h.id]).sort()).toEqual(
      [
        ["correspondence", mail.id],
        ["event", call.event.id],
      ].sort(),
    );
    const callHit = committee.hits.find((h) => h.kind === "event");
    expect(callHit).toMatchObject({
      interviewId: interview.id,
      applicationId: application.id,
      person: "Omar Reyes",
      company: "Globex",
      title: "call",
      occurredAt: "2026-11-16T15:30:00.000Z",
    });
    expect(callHit?.snippet).toContain("«committee»");
    expect(committee.hits.find((h) => h.kind === "correspondence")).toMatchObject({
      applicationId: application.id,
      person: "Omar Reyes",
      company: "Globex",
    });

    // A decision is found by its note and by its outcome; with no contact on it, it is the
    // first person on the interview's.
    for (const text of ["internal candidate", "rejected"]) {
      const { hits } = await search(t.ctx, { text });
      expect(hits.map((h) => h.id)).toEqual([decision.event.id]);
      expect(hits[0]).toMatchObject({
        kind: "event",
        applicationId: application.id,
        person: dana.name,
        company: "Globex",
        title: "decision (rejected)",
        occurredAt: "2026-11-19T17:00:00.000Z",
      });
    }
    expect((await search(t.ctx, { text: "committee -thursday" })).hits.map((h) => h.id)).toEqual([
      mail.id,
    ]);
  });

  it("a hit on a note names its person and company", async () => {
    const { interview, application } = await addInterview(t.ctx, {
      company: "Initech",
      role: "Data Engineer",
      at: "2026-11-12T10:00",
      timeZone: "Europe/Berlin",
    });
    await addContact(t.ctx, { interviewId: interview.id, name: "Lena Vogel" });
    const sam = await addContact(t.ctx, { interviewId: interview.id, name: "Sam Ortiz" });
    const note = await addNote(t.ctx, {
      interviewId: interview.id,
      contactId: sam.id,
      kind: "personal-interest",
      text: "Sam runs marathons.",
    });
    const { hits } = await search(t.ctx, { text: "marathon" });
    expect(hits).toEqual([
      expect.objectContaining({
        kind: "note",
        id: note.id,
        applicationId: application.id,
        person: "Sam Ortiz",
        company: "Initech",
        occurredAt: note.createdAt,
      }),
    ]);
  });

  it("refuses a search with no word in it", async () => {
    for (const text of ["", "   ", "?!", "-salary"]) {
      const error = await search(t.ctx, { text }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("INVALID_INPUT");
    }
  });
});

import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { DANA, expectError, INTERVIEW, type TestApp } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

// Issue 13: the phone sends each capture write with an id it made, and sends it again when it
// cannot know whether the first one arrived (offline, a lost answer). Stored once, answered alike.

const IDS = {
  interview: "iv-phone-0000000000000001",
  person: "ct-phone-0000000000000001",
  note: "nt-phone-0000000000000001",
};

async function count(t: TestApp, table: "interviews" | "contacts" | "notes" | "participations") {
  const row = await t.store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(STORE_KINDS)("writes with an id made on the phone, on %s", (kind) => {
  const app = useTestApp(kind);

  it("an interview, a person and a note replayed are each stored once and answered with the record", async () => {
    const t = app.get();
    const first = await t.call("POST", "/api/interviews", {
      ...INTERVIEW,
      clientId: IDS.interview,
    });
    expect(first.status).toBe(201);
    const again = await t.call("POST", "/api/interviews", {
      ...INTERVIEW,
      clientId: IDS.interview,
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await count(t, "interviews")).toBe(1);
    const interviewId = first.body.interview.id as string;

    const person = { ...DANA, clientId: IDS.person };
    const seated = await t.call("POST", `/api/interviews/${interviewId}/contacts`, person);
    expect(seated.status).toBe(201);
    const seatedAgain = await t.call("POST", `/api/interviews/${interviewId}/contacts`, person);
    // Without the id, the same person typed twice is refused as a duplicate; with it, absorbed.
    expect(seatedAgain.status).toBe(201);
    expect(seatedAgain.body).toEqual(seated.body);
    expect(await count(t, "contacts")).toBe(1);
    expect(await count(t, "participations")).toBe(1);

    const note = {
      contactId: seated.body.id,
      kind: "highlight",
      text: "Her team moved to dbt last spring",
      clientId: IDS.note,
    };
    const noted = await t.call("POST", `/api/interviews/${interviewId}/notes`, note);
    expect(noted.status).toBe(201);
    const notedAgain = await t.call("POST", `/api/interviews/${interviewId}/notes`, note);
    expect(notedAgain.status).toBe(201);
    expect(notedAgain.body).toEqual(noted.body);
    expect(await count(t, "notes")).toBe(1);

    const detail = await t.call("GET", `/api/interviews/${interviewId}`);
    expect(detail.body.contacts).toHaveLength(1);
    expect(detail.body.notes).toHaveLength(1);

    // Without an id every write is new (the CLI, scripts): a second note is a second note.
    const { clientId: _, ...plain } = note;
    await t.call("POST", `/api/interviews/${interviewId}/notes`, plain);
    await t.call("POST", `/api/interviews/${interviewId}/notes`, plain);
    expect(await count(t, "notes")).toBe(3);
  });

  it("replays sent at once make one record each, and every answer names it", async () => {
    const t = app.get();
    const body = { ...INTERVIEW, clientId: IDS.interview };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => t.call("POST", "/api/interviews", body)),
    );
    for (const a of answers) expect(a.status, a.text).toBe(201);
    const ids = new Set(answers.map((a) => a.body.interview.id));
    expect(ids.size).toBe(1);
    expect(await count(t, "interviews")).toBe(1);
    const interviewId = answers[0]?.body.interview.id as string;

    const person = { ...DANA, clientId: IDS.person };
    const seated = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.call("POST", `/api/interviews/${interviewId}/contacts`, person),
      ),
    );
    for (const a of seated) expect(a.status, a.text).toBe(201);
    expect(new Set(seated.map((a) => a.body.id)).size).toBe(1);
    expect(await count(t, "contacts")).toBe(1);

    const note = {
      contactId: null,
      kind: "question",
      text: "Ask about on-call",
      clientId: IDS.note,
    };
    const noted = await Promise.all(
      Array.from({ length: 6 }, () => t.call("POST", `/api/interviews/${interviewId}/notes`, note)),
    );
    for (const a of noted) expect(a.status, a.text).toBe(201);
    expect(new Set(noted.map((a) => a.body.id)).size).toBe(1);
    expect(await count(t, "notes")).toBe(1);
  });

  it("the same id with another write is refused by its label, with nothing written", async () => {
    const t = app.get();
    const first = await t.call("POST", "/api/interviews", {
      ...INTERVIEW,
      clientId: IDS.interview,
    });
    const interviewId = first.body.interview.id as string;
    const before = await snapshotStore(t.store);
    const other = await t.call("POST", "/api/interviews", {
      ...INTERVIEW,
      role: "Analytics Engineer",
      clientId: IDS.interview,
    });
    expectError(other, 409, "clientId");
    expect(other.body.error.message).toBe(
      "This write's id was used already for a different interview; nothing was written.",
    );
    const asNote = await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      kind: "highlight",
      text: "x",
      clientId: IDS.interview,
    });
    expectError(asNote, 409, "clientId");
    const malformed = await t.call("POST", "/api/interviews", { ...INTERVIEW, clientId: "a b" });
    expectError(malformed, 400, "clientId");
    expect(malformed.body.error.message).toContain("Id made on the phone");
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("a refused write keeps its id free: sent again, fixed, it is stored", async () => {
    const t = app.get();
    const before = await snapshotStore(t.store);
    const bad = await t.call("POST", "/api/interviews", {
      ...INTERVIEW,
      timeZone: "Mars/Olympus",
      clientId: IDS.interview,
    });
    expectError(bad, 400, "timeZone");
    expect(await snapshotStore(t.store)).toEqual(before);
    const good = await t.call("POST", "/api/interviews", { ...INTERVIEW, clientId: IDS.interview });
    expect(good.status).toBe(201);
  });

  it("a note deleted since is not written again; forgetting the company forgets the phone's ids", async () => {
    const t = app.get();
    const first = await t.call("POST", "/api/interviews", {
      ...INTERVIEW,
      clientId: IDS.interview,
    });
    const interviewId = first.body.interview.id as string;
    const note = { kind: "highlight", text: "Kept once", clientId: IDS.note };
    const noted = await t.call("POST", `/api/interviews/${interviewId}/notes`, note);
    await t.call("DELETE", `/api/notes/${noted.body.id}`);
    const replay = await t.call("POST", `/api/interviews/${interviewId}/notes`, note);
    expectError(replay, 409, "clientId");
    expect(replay.body.error.message).toBe(
      "This note was saved before and has since been deleted or forgotten; nothing new was written.",
    );
    expect(await count(t, "notes")).toBe(0);

    const companyId = first.body.company.id as string;
    const forgot = await t.call("DELETE", `/api/companies/${companyId}?confirm=Acme`);
    expect(forgot.status, forgot.text).toBe(200);
    const left = await t.store.db.selectFrom("clientWrites").select("clientId").execute();
    expect(left).toEqual([]);
  });
});

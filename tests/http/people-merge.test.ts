// Merging a card into someone already there (R1), and correcting the follow-up agreed at a seat
// (R4, R12), on both databases, through the typed client.
import { describe, expect, it } from "vitest";
import { type ApiClient, createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";
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
  if (!(error instanceof ApiError)) throw new Error(`expected a refusal, got ${error}`);
  return error;
}

const vcard = (lines: string[]) =>
  ["BEGIN:VCARD", "VERSION:3.0", ...lines, "END:VCARD", ""].join("\r\n");

const DANA_CARD = vcard([
  "FN:Dana Whitfield",
  "TITLE:VP Data",
  "EMAIL;TYPE=work:DANA@acme.example",
  "TEL;TYPE=work:+1 312 555 0100",
  "URL:https://www.linkedin.com/in/danawhitfield",
]);

describe.each(STORE_KINDS)("people merged from cards on %s", (kind) => {
  const t = useTestStore(kind);

  async function seed(api: ApiClient, round = 1) {
    await api.setProfile({ timeZone: "America/Chicago", linkedIn: true });
    const { interview } = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: round === 1 ? "2026-11-20T14:00" : "2026-11-27T14:00",
      timeZone: "America/Chicago",
      timeline: "two weeks",
      ...(round === 1 ? {} : { round }),
    });
    return interview.id;
  }

  const openKinds = async (api: ApiClient, interviewId: string) =>
    (await api.getPlan(interviewId)).actions
      .filter((a) => a.status !== "cancelled")
      .map((a) => a.kind);

  it("a card for someone typed in fills what is missing, reports a conflict without overwriting it, and a second import changes nothing", async () => {
    const api = clientOf(t);
    const interviewId = await seed(api);
    const typed = await api.addContact(interviewId, {
      name: "Dana Whitfield",
      title: "Head of Data",
      email: "dana@acme.example",
      role: "hiring-manager",
    });

    const imported = await api.importContacts(interviewId, DANA_CARD);
    expect(imported.people.map((p) => p.id)).toEqual([typed.id]);
    expect(imported.people[0]).toMatchObject({
      title: "Head of Data",
      email: "dana@acme.example",
      phone: "+1 312 555 0100",
      linkedinUrl: "https://www.linkedin.com/in/danawhitfield",
    });
    expect(imported.report).toEqual([
      {
        contactId: typed.id,
        name: "Dana Whitfield",
        outcome: "merged",
        seated: false,
        filled: [
          { field: "phone", label: "Phone", value: "+1 312 555 0100" },
          {
            field: "linkedinUrl",
            label: "LinkedIn URL",
            value: "https://www.linkedin.com/in/danawhitfield",
          },
        ],
        conflicts: [{ field: "title", label: "Title", kept: "Head of Data", onCard: "VP Data" }],
        summary: "Dana Whitfield: added phone +1 312 555 0100, LinkedIn URL; 1 to choose (Title)",
      },
    ]);
    expect(await api.listContacts()).toHaveLength(1);
    expect(await openKinds(api, interviewId)).not.toContain("linkedin-request");

    const before = await snapshotStore(t.store);
    const again = await api.importContacts(interviewId, DANA_CARD);
    expect(again.report[0]?.filled).toEqual([]);
    expect(again.report[0]?.conflicts).toHaveLength(1);
    expect(await snapshotStore(t.store)).toEqual(before);

    // The user chooses the card's title through the contact edit.
    const chosen = await api.editContact(typed.id, { title: "VP Data", agreedToConnect: true });
    expect(chosen.title).toBe("VP Data");
    // R5 + R9: they agreed to connect, and the card gave their LinkedIn.
    expect(await openKinds(api, interviewId)).toContain("linkedin-request");
    expect((await api.importContacts(interviewId, DANA_CARD)).report[0]?.conflicts).toEqual([]);
  });

  it("the same person at a later round stays one person, seated on both interviews", async () => {
    const api = clientOf(t);
    const first = await seed(api);
    const [dana] = (await api.importContacts(first, DANA_CARD)).people;
    const second = await seed(api, 2);
    const later = await api.importContacts(
      second,
      vcard([
        "FN:dana whitfield",
        "EMAIL:dana@ACME.example",
        "ADR;TYPE=work:;;1 Main St;Chicago;IL;60601;USA",
      ]),
    );
    expect(later.people.map((p) => p.id)).toEqual([dana?.id]);
    expect(later.report[0]).toMatchObject({ outcome: "merged", seated: true });
    expect(later.report[0]?.summary).toBe(
      "Dana Whitfield: added Postal address; 1 to choose (Name)",
    );
    expect(await api.listContacts()).toHaveLength(1);
    const detail = await api.getContact(dana?.id as string);
    expect(detail.participations.map((p) => p.interviewId).sort()).toEqual([first, second].sort());
    expect(detail.contact.name).toBe("Dana Whitfield");

    // Typed in by hand with the same email: seated, not duplicated.
    const third = await seed(api, 3);
    const byHand = await api.addContact(third, {
      name: "D. Whitfield",
      email: "Dana@acme.example",
    });
    expect(byHand.id).toBe(dana?.id);
    expect(await api.listContacts()).toHaveLength(1);
    const twice = await refusal(api.addContact(third, { name: "Dana Whitfield" }));
    expect(twice.status).toBe(409);
    expect(twice.message).toBe("Dana Whitfield is already on this interview.");
  });

  it("PATCH /api/interviews/{id}/contacts/{contactId}: the agreed day moves the check-in (R12); a past or impossible date is refused by its label; 404", async () => {
    const api = clientOf(t);
    const interviewId = await seed(api);
    const [dana] = (await api.importContacts(interviewId, DANA_CARD)).people;
    const id = dana?.id as string;
    const checkIns = async () =>
      (await api.getPlan(interviewId)).actions
        .filter((a) => a.kind === "check-in" && a.status !== "cancelled")
        .map((a) => ({ due: a.dueDate, channel: a.channel, r12: a.rules.includes("R12") }));
    expect((await checkIns()).some((c) => c.r12)).toBe(false);

    const agreed = await api.editParticipation(interviewId, id, {
      followUpOn: "2026-11-30",
      followUpVia: "phone",
    });
    expect(agreed).toMatchObject({ id, followUpOn: "2026-11-30", followUpVia: "phone" });
    expect(await checkIns()).toContainEqual({ due: "2026-11-30", channel: "phone", r12: true });
    const moved = await api.editParticipation(interviewId, id, { followUpOn: "2026-12-02" });
    expect(moved.followUpVia).toBe("phone");
    expect(await checkIns()).toContainEqual({ due: "2026-12-02", channel: "phone", r12: true });

    const before = await snapshotStore(t.store);
    const past = await refusal(
      api.editParticipation(interviewId, id, { followUpOn: "2026-11-19" }),
    );
    expect({ status: past.status, field: past.field }).toEqual({
      status: 400,
      field: "followUpOn",
    });
    expect(past.message).toBe(
      "Agreed follow-up date: 2026-11-19 is already past (today is 2026-11-20).",
    );
    const impossible = await refusal(
      api.editParticipation(interviewId, id, { followUpOn: "2026-02-30" }),
    );
    expect(impossible.status).toBe(400);
    expect(impossible.message).toBe('Agreed follow-up date: "2026-02-30" is not a real date.');
    const channel = await refusal(
      api.editParticipation(interviewId, id, { followUpVia: "pigeon" as "email" }),
    );
    expect(channel.status).toBe(400);
    expect(channel.message).toMatch(/^Agreed follow-up channel/);
    expect(
      (await refusal(api.editParticipation(interviewId, "ct_nobody", { followUpOn: null }))).status,
    ).toBe(404);
    expect((await refusal(api.editParticipation("iv_nope", id, { followUpOn: null }))).status).toBe(
      404,
    );
    expect(await snapshotStore(t.store)).toEqual(before);

    const cleared = await api.editParticipation(interviewId, id, { followUpOn: null });
    expect(cleared).toMatchObject({ followUpOn: null, followUpVia: null });
    expect((await checkIns()).some((c) => c.r12)).toBe(false);
  });
});

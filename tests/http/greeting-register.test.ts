// Issue 11: how a draft greets its reader (a person's honorific and register, the country's
// default) and the claims it makes only when a record licenses them, on both databases, through
// the typed client.
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

describe.each(STORE_KINDS)("greeting and claims in drafts on %s", (kind) => {
  const t = useTestStore(kind);

  async function seed(api: ApiClient) {
    await api.setProfile({ name: "Ana Ruiz", timeZone: "America/Chicago" });
    const { interview, company } = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
      timeline: "two weeks",
    });
    const dana = await api.addContact(interview.id, {
      name: "Dana Whitfield",
      email: "dana@acme.example",
      role: "hiring-manager",
      honorific: "Ms",
    });
    const actionOf = async (kind: string) => {
      const found = (await api.getPlan(interview.id)).actions.find(
        (a) => a.kind === kind && a.contactId === dana.id && a.status !== "cancelled",
      );
      if (!found) throw new Error(`no ${kind} for Dana`);
      return found.id;
    };
    const bodyOf = async (kind: string) => (await api.getDraft(await actionOf(kind))).draft.body;
    return { interviewId: interview.id, companyId: company.id, dana, bodyOf };
  }

  it("the first name by default; formal with the honorific given; the full name in DE without one", async () => {
    const api = clientOf(t);
    const { companyId, dana, bodyOf } = await seed(api);
    expect(dana).toMatchObject({ honorific: "Ms", register: null });
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Dana,\n/);

    const formal = await api.editContact(dana.id, { register: "formal" });
    expect(formal).toMatchObject({ honorific: "Ms", register: "formal", name: "Dana Whitfield" });
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Ms Whitfield,\n/);
    expect((await api.getContact(dana.id)).contact.register).toBe("formal");

    await api.editContact(dana.id, { register: null });
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Dana,\n/);
    // Germany expects more formality: formal by default where the honorific is known…
    await api.updateCompany(companyId, { country: "DE" });
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Ms Whitfield,\n/);
    // …else the full name as on the card (R1).
    await api.editContact(dana.id, { honorific: "" });
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Dana Whitfield,\n/);
    // The person's own choice wins over the country's.
    await api.editContact(dana.id, { register: "first-name" });
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Dana,\n/);

    const exported = await api.exportData();
    expect(exported.contacts[0]).toMatchObject({ honorific: null, register: "first-name" });
  });

  it("a company's register applies to its people unless one has their own", async () => {
    const api = clientOf(t);
    const { companyId, dana, bodyOf } = await seed(api);
    const company = await api.updateCompany(companyId, { register: "formal" });
    expect(company.register).toBe("formal");
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Ms Whitfield,\n/);
    await api.editContact(dana.id, { register: "first-name" });
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Dana,\n/);
    await api.editContact(dana.id, { register: null });
    await api.updateCompany(companyId, { register: null });
    expect(await bodyOf("thank-you-email")).toMatch(/^Dear Dana,\n/);
    const exported = await api.exportData();
    expect(exported.companies[0]).toMatchObject({ register: null });
    const refused = await refusal(
      api.updateCompany(companyId, { register: "casual" as unknown as "formal" }),
    );
    expect(refused).toMatchObject({ status: 400, field: "register" });
  });

  it("refuses an honorific or a register it cannot use, by the field's label, and writes nothing", async () => {
    const api = clientOf(t);
    const { interviewId, dana } = await seed(api);
    const before = await snapshotStore(t.store);
    const badHonorific = await refusal(
      api.addContact(interviewId, { name: "Raj Patel", honorific: "Dr 2 <b>" }),
    );
    expect(badHonorific).toMatchObject({ status: 400, field: "honorific" });
    expect(badHonorific.message).toContain("Honorific");
    expect(badHonorific.message).toContain("must be a title such as Ms, Dr or Mx");
    const badRegister = await refusal(
      api.editContact(dana.id, { register: "casual" as unknown as "formal" }),
    );
    expect(badRegister).toMatchObject({ status: 400, field: "register" });
    expect(badRegister.message).toContain("Greeting");
    expect(badRegister.message).not.toContain("register");
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("a reply on record licenses the check-in's thanks for it; without one the draft makes no such claim", async () => {
    const api = clientOf(t);
    const { interviewId, dana, bodyOf } = await seed(api);
    const claim = "Thank you again for getting back to me.";
    expect(await bodyOf("check-in")).not.toContain(claim);

    t.clock.now = "2026-12-02T16:00:00.000Z";
    await api.recordEvent(interviewId, {
      kind: "reply",
      contactId: dana.id,
      timeline: "by December 15",
    });
    expect(await bodyOf("check-in")).toContain(claim);
  });
});

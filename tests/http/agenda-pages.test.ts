// Today's agenda, lean (R26): each row carries what a card shows (the why and rules included), not
// the window; the groups come with their counts, and a long group pages in, on both databases.
import { describe, expect, it } from "vitest";
import { type ApiClient, createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";
import type { AgendaRow } from "../../src/client/api-types.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { getAgenda } from "../../src/use-cases/planning/get-agenda.js";
import { STORE_KINDS, type TestStore } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

function clientOf(ts: TestStore): ApiClient {
  const app = createApp({ store: ts.store, context: () => ts.ctx });
  return createApiClient({ fetch: async (input, init) => app.request(String(input), init) });
}

/** Three interviews (a week apart, so some follow-ups are overdue), three people each. */
async function seed(api: ApiClient): Promise<void> {
  await api.setProfile({ timeZone: "America/Chicago", linkedIn: true });
  for (const [company, at] of [
    ["Acme", "2026-11-06T10:00"],
    ["Globex", "2026-11-13T10:00"],
    ["Initech", "2026-11-20T14:00"],
  ] as const) {
    const added = await api.addInterview({
      company,
      role: "Data Engineer",
      at,
      timeZone: "America/Chicago",
      timeline: "two weeks",
    });
    for (const name of ["Dana Whitfield", "Raj Patel", "Mei Chen"])
      await api.addContact(added.interview.id, {
        name,
        email: `${name.split(" ")[0]?.toLowerCase()}@${company.toLowerCase()}.example`,
        agreedToConnect: true,
      });
  }
}

const ids = (rows: AgendaRow[]) => rows.map((r) => r.action.id);

describe.each(STORE_KINDS)("Today's agenda on %s", (kind) => {
  const ts = useTestStore(kind);

  it("rows carry what a card shows, the same follow-ups as the whole agenda, counted per group", async () => {
    const api = clientOf(ts);
    await seed(api);
    const agenda = await api.getAgenda();
    const whole = await getAgenda(ts.ctx, 14);
    expect(agenda.today).toBe("2026-11-20");
    expect(agenda.counts).toEqual({
      overdue: whole.overdue.length,
      dueToday: whole.dueToday.length,
      upcoming: whole.upcoming.length,
    });
    expect(agenda.counts.overdue).toBeGreaterThan(0);
    expect(agenda.counts.upcoming).toBeGreaterThan(2);
    expect(ids(agenda.overdue)).toEqual(ids(whole.overdue));
    expect(ids(agenda.dueToday)).toEqual(ids(whole.dueToday));
    expect(ids(agenda.upcoming)).toEqual(ids(whole.upcoming));

    const row = agenda.dueToday[0] as AgendaRow;
    const full = whole.dueToday[0];
    expect(Object.keys(row.action).sort()).toEqual(
      ["channel", "contactId", "dueDate", "id", "kind", "rules", "snoozedUntil", "why"].sort(),
    );
    expect(row).toEqual({
      action: {
        id: full?.action.id,
        contactId: full?.action.contactId,
        kind: full?.action.kind,
        channel: full?.action.channel,
        dueDate: full?.action.dueDate,
        snoozedUntil: full?.action.snoozedUntil,
        rules: full?.action.rules,
        why: full?.action.why,
      },
      contactName: full?.contactName,
      companyName: full?.companyName,
      role: "Data Engineer",
    });
    // The window comes with the action when it is opened.
    expect(JSON.stringify(agenda)).not.toContain('"window"');
  });

  it("a page of each group, then the rest of a long group page by page, in order, once each", async () => {
    const api = clientOf(ts);
    await seed(api);
    const all = await api.getAgenda();
    const first = await api.getAgenda({ limit: 2 });
    expect(first.counts).toEqual(all.counts);
    expect(ids(first.overdue)).toEqual(ids(all.overdue).slice(0, 2));
    expect(ids(first.upcoming)).toEqual(ids(all.upcoming).slice(0, 2));

    const paged = ids(first.upcoming);
    while (paged.length < all.counts.upcoming) {
      const page = await api.getAgenda({ group: "upcoming", offset: paged.length, limit: 2 });
      expect(page.counts).toEqual(all.counts);
      expect(page.overdue).toEqual([]);
      expect(page.dueToday).toEqual([]);
      expect(page.upcoming.length).toBeGreaterThan(0);
      paged.push(...ids(page.upcoming));
    }
    expect(paged).toEqual(ids(all.upcoming));
    const past = await api.getAgenda({ group: "upcoming", offset: paged.length, limit: 2 });
    expect(past.upcoming).toEqual([]);
  });

  it("refuses a limit, group or offset it cannot take, naming the field by its label", async () => {
    const api = clientOf(ts);
    for (const [query, field, label] of [
      [{ limit: 0 }, "limit", "Limit"],
      [{ limit: 501 }, "limit", "Limit"],
      [{ offset: -1 }, "offset", "Offset"],
      [{ group: "later" }, "group", "Group"],
    ] as const) {
      const error = await api.getAgenda(query as never).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(400);
      expect((error as ApiError).field).toBe(field);
      expect((error as ApiError).message).toContain(label);
    }
  });
});

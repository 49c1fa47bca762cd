import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import {
  startWatchFixtureServer,
  type WatchFixtureServer,
} from "../support/watch-fixture-server.js";
import { expectError, seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

// The watch's routes on both databases (R20). The app reads its fetch policy from the
// environment, as `serve` does; this file's process lets the local fixture server through.
process.env.FOLLOWTHROUGH_WATCH_TEST_ALLOW = "127.0.0.1";
let server: WatchFixtureServer;
beforeAll(async () => {
  server = await startWatchFixtureServer();
});
afterAll(() => server.close());

describe.each(STORE_KINDS)("HTTP company watch on %s", (kind) => {
  const app = useTestApp(kind);

  async function companyOf() {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    return (await t.call("GET", `/api/interviews/${interviewId}`)).body.company.id as string;
  }

  it("adds a feed by URL, reads it at once, shows the news, dismisses an item for good", async () => {
    const t = app.get();
    const companyId = await companyOf();
    const added = await t.call("POST", `/api/companies/${companyId}/watch/sources`, {
      url: `${server.origin}/feeds/news.json`,
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      found: 2,
      added: 2,
      source: { kind: "feed", status: "ok", title: "Acme News" },
    });
    const watch = await t.call("GET", `/api/companies/${companyId}/watch`);
    expect(watch.status).toBe(200);
    expect(watch.body).toMatchObject({ companyName: "Acme", watching: true, summary: null });
    expect(watch.body.news.map((n: { title: string }) => n.title)).toEqual([
      "Acme and Northwind announce a partnership",
      "A note without a title.",
    ]);
    const first = watch.body.news[0].id as string;
    expect((await t.call("PATCH", `/api/watch/items/${first}`, { dismissed: true })).status).toBe(
      200,
    );
    const again = await t.call("POST", `/api/watch/sources/${added.body.source.id}/check`);
    expect(again.body).toMatchObject({ found: 2, added: 0 });
    const after = await t.call("GET", `/api/companies/${companyId}/watch`);
    expect(after.body.news.map((n: { id: string }) => n.id)).not.toContain(first);
    const removed = await t.call("DELETE", `/api/watch/sources/${added.body.source.id}`);
    expect(removed.body).toEqual({ removed: `${server.origin}/feeds/news.json` });
    expect(await snapshotStore(t.store)).toMatchObject({ watchSources: 0, watchItems: 0 });
  });

  it("a careers page on a board host is recognised; an address on a private network is refused with the reason on the source", async () => {
    const t = app.get();
    const companyId = await companyOf();
    const refused = await t.call("POST", `/api/companies/${companyId}/watch/sources`, {
      url: "http://10.0.0.5/news.xml",
    });
    expect(refused.status).toBe(201);
    expect(refused.body.source).toMatchObject({
      status: "paused",
      statusReason:
        "Not fetched: 10.0.0.5 is a private, loopback, link-local or reserved address, which the watch never connects to.",
    });
    const watch = await t.call("GET", `/api/companies/${companyId}/watch`);
    expect(watch.body.sources).toHaveLength(1);
  });

  it("refuses bad input by its field, writing nothing; 404 for unknown ids", async () => {
    const t = app.get();
    const companyId = await companyOf();
    const before = await snapshotStore(t.store);
    expectError(
      await t.call("POST", `/api/companies/${companyId}/watch/sources`, {
        url: "ftp://acme.example/x",
      }),
      400,
      "url",
    );
    expectError(
      await t.call("POST", `/api/companies/${companyId}/watch/sources`, { url: "" }),
      400,
      "url",
    );
    expectError(await t.call("POST", `/api/companies/${companyId}/watch/sources`, {}), 400, "url");
    expectError(
      await t.call("POST", "/api/companies/co_unknown/watch/sources", {
        url: "https://jobs.lever.co/acme",
      }),
      404,
    );
    expectError(await t.call("GET", "/api/companies/co_unknown/watch"), 404);
    expectError(await t.call("POST", "/api/watch/sources/ws_unknown/check"), 404);
    expectError(await t.call("DELETE", "/api/watch/sources/ws_unknown"), 404);
    expectError(await t.call("PATCH", "/api/watch/items/wi_unknown", { dismissed: true }), 404);
    expectError(
      await t.call("PATCH", "/api/watch/items/wi_unknown", { dismissed: "yes" }),
      400,
      "dismissed",
    );
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("PATCH /api/actions/{id}/news picks the news a check-in mentions and clears it; bad picks refused by the field", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const companyId = (await t.call("GET", `/api/interviews/${interviewId}`)).body.company.id;
    await t.call("POST", `/api/companies/${companyId}/watch/sources`, {
      url: `${server.origin}/feeds/news.json`,
    });
    const plan = (await t.call("GET", `/api/interviews/${interviewId}/plan`)).body.actions as {
      id: string;
      kind: string;
      channel: string;
    }[];
    const checkIn = plan.find((a) => a.kind === "check-in" && a.channel === "email");
    const thanks = plan.find((a) => a.kind === "thank-you-email");
    if (!checkIn || !thanks) throw new Error("no check-in or thank-you planned");
    const draft = await t.call("GET", `/api/actions/${checkIn.id}/draft`);
    expect(draft.body.news.pickedId).toBeNull();
    const [item] = draft.body.news.choices as { id: string; title: string; url: string }[];
    if (!item) throw new Error("no news offered");
    expect(item.title).toBe("Acme and Northwind announce a partnership");

    const picked = await t.call("PATCH", `/api/actions/${checkIn.id}/news`, {
      newsItemId: item.id,
    });
    expect(picked.status).toBe(200);
    expect(picked.body.news.pickedId).toBe(item.id);
    expect(picked.body.draft.body).toContain(
      `I was also glad to read the news from Acme: ${item.title} (${item.url}).`,
    );
    expect((await t.call("GET", `/api/actions/${checkIn.id}/draft`)).body.news.pickedId).toBe(
      item.id,
    );

    const before = await snapshotStore(t.store);
    expectError(
      await t.call("PATCH", `/api/actions/${checkIn.id}/news`, { newsItemId: "nope" }),
      400,
      "newsItemId",
    );
    expectError(await t.call("PATCH", `/api/actions/${checkIn.id}/news`, {}), 400, "newsItemId");
    expectError(
      await t.call("PATCH", `/api/actions/${checkIn.id}/news`, { newsItemId: "wi_unknown" }),
      404,
      "newsItemId",
    );
    expectError(
      await t.call("PATCH", `/api/actions/${thanks.id}/news`, { newsItemId: item.id }),
      409,
      "action",
    );
    expectError(
      await t.call("PATCH", "/api/actions/act_unknown/news", { newsItemId: item.id }),
      404,
    );
    expect(await snapshotStore(t.store)).toEqual(before);

    const cleared = await t.call("PATCH", `/api/actions/${checkIn.id}/news`, { newsItemId: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.news.pickedId).toBeNull();
    expect(cleared.body.draft.body).not.toContain("glad to read");
  });
});

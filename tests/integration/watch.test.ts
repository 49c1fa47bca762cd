import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BOARD_FIXTURES,
  smartRecruitersPage,
} from "../../src/core/watch/parse-board-response.fixtures.js";
import { fetchPolicy } from "../../src/delivery/web/fetch-policy.js";
import { AppError } from "../../src/errors/app-error.js";
import { forgetCompany } from "../../src/use-cases/companies/forget-company.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { exportData } from "../../src/use-cases/data/export-data.js";
import { importData } from "../../src/use-cases/data/import-data.js";
import { composeActionDraft } from "../../src/use-cases/drafts/compose-action-draft.js";
import { pickDraftNews } from "../../src/use-cases/drafts/pick-draft-news.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { recordEvent } from "../../src/use-cases/planning/record-event.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { addWatchSource } from "../../src/use-cases/watch/add-watch-source.js";
import { dismissWatchItem } from "../../src/use-cases/watch/dismiss-watch-item.js";
import { getCompanyWatch } from "../../src/use-cases/watch/get-company-watch.js";
import { pollDueWatchSources } from "../../src/use-cases/watch/poll-due-watch-sources.js";
import { pollWatchSource } from "../../src/use-cases/watch/poll-watch-source.js";
import { removeWatchSource } from "../../src/use-cases/watch/remove-watch-source.js";
import { snapshotStore } from "../support/count-rows.js";
import { openTestStore, STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";
import {
  startWatchFixtureServer,
  type WatchFixtureServer,
} from "../support/watch-fixture-server.js";

// The company watch on a real store (R20): sources added by pasting a URL, read through the real
// fetcher from a local server (reached through the test-only allow-list), kept and deduplicated.
let server: WatchFixtureServer;
beforeAll(async () => {
  server = await startWatchFixtureServer();
});
afterAll(() => server.close());

const policy = () => fetchPolicy({ allowAddresses: ["127.0.0.1"], timeoutMs: 3000 });

describe.each(STORE_KINDS)("company watch on %s", (kind) => {
  const t = useTestStore(kind, "2026-11-21T12:00:00.000Z");

  async function seed() {
    return (
      await addInterview(t.ctx, {
        company: "Acme",
        role: "Data Engineer",
        at: "2026-11-20T14:00",
        timeZone: "America/Chicago",
      })
    ).interview;
  }
  /** The interview with its hiring manager, who the follow-ups go to. */
  async function seedWithDana() {
    const interview = await seed();
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
      role: "hiring-manager",
    });
    return interview;
  }
  // The board's API URL as the fixture server serves it: the recogniser gives the provider's
  // real host, so the tests add the board by URL and point the source at the local copy.
  async function addLocalBoard(
    provider: keyof typeof BOARD_FIXTURES,
    token = BOARD_FIXTURES[provider].token,
  ) {
    const added = await addWatchSource(
      t.ctx,
      { company: "Acme", url: `https://jobs.lever.co/${token}` },
      null,
    );
    await t.store.db
      .updateTable("watchSources")
      .set({ url: `${server.origin}/boards/${provider}/${token}`, provider, token })
      .where("id", "=", added.source.id)
      .execute();
    return added.source.id;
  }

  it("reads a board, keeps each posting once across polls and restarts, and marks the role's", async () => {
    await seed();
    const sourceId = await addLocalBoard("greenhouse");
    const first = await pollWatchSource(t.ctx, { sourceId }, policy());
    expect(first).toMatchObject({
      found: 2,
      added: 2,
      source: { status: "ok", statusReason: null, etag: '"greenhouse-v1"' },
    });
    // Same answer again: a 304 thanks to the ETag, nothing added.
    const again = await pollWatchSource(t.ctx, { sourceId }, policy());
    expect(again).toMatchObject({ found: 0, added: 0, source: { status: "ok" } });
    expect(server.requests.at(-1)?.ifNoneMatch).toBe('"greenhouse-v1"');
    // A new store connection (a restart) and a full read without the ETag: still two.
    await t.store.db.updateTable("watchSources").set({ etag: null }).execute();
    expect(await pollWatchSource(t.ctx, { sourceId }, policy())).toMatchObject({
      found: 2,
      added: 0,
    });
    const watch = await getCompanyWatch(t.ctx, { company: "Acme" });
    expect(watch.postings.map((p) => [p.title, p.isNew, p.roleWords])).toEqual([
      ["Office Manager", true, []],
      ["Senior Data Engineer", true, ["data", "engineer"]],
    ]);
    expect(watch.summary).toBe("Acme posted 2 new positions since your interview on 20 Nov.");
    expect(watch.watching).toBe(true);
  });

  it("follows a board's pages: SmartRecruiters by offset up to totalFound, Lever by skip until a short page, at most 10 pages", async () => {
    await seed();
    // The fixture server serves both databases' runs: only this run's requests count.
    const from = server.requests.length;
    const pagesOf = (path: string) =>
      server.requests
        .slice(from)
        .filter((r) => r.path === path)
        .map((r) => new URLSearchParams(r.query));
    const big = await addLocalBoard("smartrecruiters", "BigCorp");
    expect(await pollWatchSource(t.ctx, { sourceId: big }, policy())).toMatchObject({
      found: 250,
      added: 250,
      source: { status: "ok" },
    });
    expect(
      pagesOf("/boards/smartrecruiters/BigCorp").map((q) => [q.get("offset"), q.get("limit")]),
    ).toEqual([
      ["0", "100"],
      ["100", "100"],
      ["200", "100"],
    ]);
    const huge = await addLocalBoard("smartrecruiters", "HugeCorp");
    expect(await pollWatchSource(t.ctx, { sourceId: huge }, policy())).toMatchObject({
      found: 1000,
      added: 1000,
    });
    expect(pagesOf("/boards/smartrecruiters/HugeCorp")).toHaveLength(10);
    const lever = await addLocalBoard("lever", "bigco");
    expect(await pollWatchSource(t.ctx, { sourceId: lever }, policy())).toMatchObject({
      found: 150,
      added: 150,
    });
    expect(pagesOf("/boards/lever/bigco").map((q) => [q.get("skip"), q.get("limit")])).toEqual([
      ["0", "100"],
      ["100", "100"],
    ]);
    // Read again: nothing new, and each posting still once.
    expect(await pollWatchSource(t.ctx, { sourceId: big }, policy())).toMatchObject({
      found: 250,
      added: 0,
    });
    // A page that fails fails the read, by its number; nothing of it is half-kept.
    server.route(`/boards/smartrecruiters/Flaky${kind}`, (req, res) => {
      const offset = new URL(req.url ?? "/", "http://x").searchParams.get("offset");
      if (offset === "200") res.writeHead(503).end();
      else
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify(smartRecruitersPage(Number(offset), 100, 300)));
    });
    const flaky = await addLocalBoard("smartrecruiters", `Flaky${kind}`);
    const failed = await pollWatchSource(t.ctx, { sourceId: flaky }, policy());
    expect(failed).toMatchObject({ found: 0, added: 0, source: { status: "failing" } });
    expect(failed.source.statusReason).toMatch(
      /^Page 3 of the board: 127\.0\.0\.1:\d+ answered 503/,
    );
  });

  it("keeps a dismissed posting dismissed on the next poll", async () => {
    await seed();
    const sourceId = await addLocalBoard("lever");
    await pollWatchSource(t.ctx, { sourceId }, policy());
    const [first] = (await getCompanyWatch(t.ctx, { company: "Acme" })).postings;
    if (!first) throw new Error("no posting");
    await dismissWatchItem(t.ctx, { itemId: first.id });
    await t.store.db.updateTable("watchSources").set({ etag: null }).execute();
    expect(await pollWatchSource(t.ctx, { sourceId }, policy())).toMatchObject({
      found: 2,
      added: 0,
    });
    const watch = await getCompanyWatch(t.ctx, { company: "Acme" });
    expect(watch.postings.map((p) => p.id)).not.toContain(first.id);
    expect(watch.postings).toHaveLength(1);
  });

  it("reads a news feed by GUID, and a web page given as a feed pauses with the feed it names", async () => {
    await seed();
    const feed = await addWatchSource(
      t.ctx,
      { company: "Acme", url: `${server.origin}/feeds/press.xml` },
      policy(),
    );
    expect(feed).toMatchObject({
      found: 2,
      added: 2,
      source: { kind: "feed", status: "ok", title: "Acme Newsroom" },
    });
    const page = await addWatchSource(
      t.ctx,
      { company: "Acme", url: `${server.origin}/news` },
      policy(),
    );
    expect(page.source).toMatchObject({
      status: "paused",
      statusReason: `This address is a web page, not a feed. The page names its feed: ${server.origin}/news/feed.xml`,
    });
    const watch = await getCompanyWatch(t.ctx, { company: "Acme" });
    expect(watch.news.map((n) => n.title)).toEqual([
      "Acme opens a data centre in Dublin",
      "Acme reports third-quarter results",
    ]);
  });

  it("gives an unknown board, a slow server and a refused address each a status of its own", async () => {
    await seed();
    const unknown = await addWatchSource(
      t.ctx,
      { company: "Acme", url: "https://jobs.lever.co/nobody" },
      null,
    );
    await t.store.db
      .updateTable("watchSources")
      .set({ url: `${server.origin}/boards/lever/nobody` })
      .where("id", "=", unknown.source.id)
      .execute();
    const slow = await addWatchSource(
      t.ctx,
      { company: "Acme", url: `${server.origin}/slow` },
      null,
    );
    const metadata = await addWatchSource(
      t.ctx,
      { company: "Acme", url: "http://169.254.169.254/latest/meta-data/" },
      null,
    );
    const good = await addWatchSource(
      t.ctx,
      { company: "Acme", url: `${server.origin}/feeds/blog.atom` },
      null,
    );
    const quick = fetchPolicy({ allowAddresses: ["127.0.0.1"], timeoutMs: 600 });
    const summary = await pollDueWatchSources({ db: t.ctx.db, now: t.ctx.now }, quick);
    expect(summary).toEqual({ polled: 4, skipped: 0 });
    const byId = new Map(
      (await getCompanyWatch(t.ctx, { company: "Acme" })).sources.map((s) => [s.id, s]),
    );
    expect(byId.get(unknown.source.id)).toMatchObject({
      status: "failing",
      failures: 1,
      statusReason: expect.stringContaining(
        "answered 404: nothing is at that address (an unknown board name",
      ),
    });
    expect(byId.get(slow.source.id)).toMatchObject({
      status: "failing",
      statusReason: expect.stringContaining("did not answer in full within"),
    });
    expect(byId.get(metadata.source.id)).toMatchObject({
      status: "paused",
      statusReason: expect.stringContaining("169.254.169.254 is a private, loopback, link-local"),
    });
    expect(byId.get(good.source.id)).toMatchObject({ status: "ok" });
    // Nothing is due again at once: the back-off holds.
    expect(await pollDueWatchSources({ db: t.ctx.db, now: t.ctx.now }, quick)).toEqual({
      polled: 0,
      skipped: 0,
    });
  });

  it("honours Retry-After and pauses after five failures in a row", async () => {
    await seed();
    const busy = await addWatchSource(
      t.ctx,
      { company: "Acme", url: `${server.origin}/busy` },
      policy(),
    );
    expect(busy.source).toMatchObject({
      status: "failing",
      nextCheckAt: "2026-11-21T12:30:00.000Z",
    });
    server.route("/busy2", (_q, res) => {
      res.writeHead(429, { "retry-after": "7200" }).end();
    });
    const long = await addWatchSource(
      t.ctx,
      { company: "Acme", url: `${server.origin}/busy2` },
      policy(),
    );
    expect(long.source.nextCheckAt).toBe("2026-11-21T14:00:00.000Z");
    const down = await addWatchSource(
      t.ctx,
      { company: "Acme", url: `${server.origin}/down` },
      policy(),
    );
    for (let i = 0; i < 4; i++)
      await pollWatchSource(t.ctx, { sourceId: down.source.id }, policy());
    const paused = (await getCompanyWatch(t.ctx, { company: "Acme" })).sources.find(
      (s) => s.id === down.source.id,
    );
    expect(paused).toMatchObject({
      status: "paused",
      failures: 5,
      statusReason: expect.stringMatching(
        /^Paused after 5 failed reads in a row\. Last: 127\.0\.0\.1:\d+ answered 503/,
      ),
    });
  });

  it("watches only while the process is open: not before the interview", async () => {
    t.clock.now = "2026-11-19T12:00:00.000Z";
    await seed();
    await addWatchSource(t.ctx, { company: "Acme", url: `${server.origin}/feeds/press.xml` }, null);
    expect(await pollDueWatchSources({ db: t.ctx.db, now: t.ctx.now }, policy())).toEqual({
      polled: 0,
      skipped: 1,
    });
  });

  it("refuses a duplicate source and a URL that is not a web address, writing nothing", async () => {
    await seed();
    await addWatchSource(t.ctx, { company: "Acme", url: "https://jobs.lever.co/acme" }, null);
    const before = await snapshotStore(t.store);
    for (const [url, code] of [
      ["https://jobs.lever.co/acme/", "CONFLICT"],
      ["ftp://acme.example/feed", "INVALID_INPUT"],
      ["", "INVALID_INPUT"],
    ] as const) {
      const error = await addWatchSource(t.ctx, { company: "Acme", url }, null).catch(
        (e: unknown) => e,
      );
      expect(error, url).toBeInstanceOf(AppError);
      expect((error as AppError).code, url).toBe(code);
    }
    const unknownCompany = await addWatchSource(
      t.ctx,
      { company: "Nobody", url: "https://jobs.lever.co/x" },
      null,
    ).catch((e: unknown) => e);
    expect((unknownCompany as AppError).code).toBe("NOT_FOUND");
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("exports and imports the watch, and forgetting the company removes it", async () => {
    await seed();
    const sourceId = await addLocalBoard("ashby");
    await pollWatchSource(t.ctx, { sourceId }, policy());
    const doc = await exportData(t.ctx);
    expect(doc.watchSources).toHaveLength(1);
    expect(doc.watchItems).toHaveLength(2);
    const other = await openTestStore(kind);
    try {
      await importData(other.ctx, JSON.stringify(doc));
      expect(await exportData(other.ctx)).toEqual(doc);
    } finally {
      await other.cleanup();
    }
    const companyId = doc.companies[0]?.id ?? "";
    const refused = await forgetCompany(t.ctx, { companyId }).catch((e: AppError) => e);
    expect((refused as AppError).message).toContain("1 watched source, 2 postings and news items");
    const gone = await forgetCompany(t.ctx, { companyId, confirm: "Acme" });
    expect(gone.removed).toMatchObject({ watchSources: 1, watchItems: 2 });
    const counts = await snapshotStore(t.store);
    expect(counts).toMatchObject({ watchSources: 0, watchItems: 0 });
  });

  it("removes a source with what it found", async () => {
    await seed();
    const sourceId = await addLocalBoard("recruitee");
    await pollWatchSource(t.ctx, { sourceId }, policy());
    await removeWatchSource(t.ctx, { sourceId });
    expect(await snapshotStore(t.store)).toMatchObject({ watchSources: 0, watchItems: 0 });
  });

  it("the open-positions inquiry names the postings on record with their links, and asks without any (R17)", async () => {
    const interview = await seedWithDana();
    t.clock.now = "2026-12-02T16:00:00.000Z";
    await recordEvent(t.ctx, { kind: "decision", interviewId: interview.id, outcome: "rejected" });
    const inquiry = (await showPlan(t.ctx, interview.id)).find(
      (a) => a.kind === "open-positions-inquiry" && a.channel === "email",
    );
    if (!inquiry) throw new Error("no inquiry planned");
    const before = await composeActionDraft(t.ctx, inquiry.id);
    expect(before.draft.body).toContain(
      "Are there other openings at Acme where my background could help?",
    );
    expect(before.draft.body).not.toContain("I noticed that");
    const sourceId = await addLocalBoard("greenhouse");
    await pollWatchSource(t.ctx, { sourceId }, policy());
    const after = await composeActionDraft(t.ctx, inquiry.id);
    expect(after.draft.body).toContain(
      "I noticed that Acme has posted other openings: Senior Data Engineer (https://boards.greenhouse.io/acme/jobs/4012345) and Office Manager (https://boards.greenhouse.io/acme/jobs/4012399).",
    );
  });

  it("a check-in mentions the news item picked: kept across re-planning, cleared, exported; a dismissed one cannot be picked", async () => {
    const interview = await seedWithDana();
    await addWatchSource(
      t.ctx,
      { company: "Acme", url: `${server.origin}/feeds/press.xml` },
      policy(),
    );
    const watch = await getCompanyWatch(t.ctx, { company: "Acme" });
    const [dublin, results] = watch.news;
    if (!dublin || !results) throw new Error("the feed gave no news");
    const checkIn = (await showPlan(t.ctx, interview.id)).find(
      (a) => a.kind === "check-in" && a.channel === "email",
    );
    const thanks = (await showPlan(t.ctx, interview.id)).find((a) => a.kind === "thank-you-email");
    if (!checkIn || !thanks) throw new Error("no check-in or thank-you planned");
    const offered = await composeActionDraft(t.ctx, checkIn.id);
    expect(offered.news).toEqual({
      pickedId: null,
      choices: [
        { id: dublin.id, title: dublin.title, url: dublin.url, publishedAt: dublin.publishedAt },
        {
          id: results.id,
          title: results.title,
          url: results.url,
          publishedAt: results.publishedAt,
        },
      ],
    });
    expect(offered.draft.body).not.toContain("glad to read");
    expect((await composeActionDraft(t.ctx, thanks.id)).news.choices).toEqual([]);

    const picked = await pickDraftNews(t.ctx, checkIn.id, { newsItemId: dublin.id });
    expect(picked.news.pickedId).toBe(dublin.id);
    expect(picked.draft.body).toContain(
      `I was also glad to read the news from Acme: ${dublin.title} (${dublin.url}).`,
    );
    // A change that moves the plan keeps the check-in, and with it the pick.
    await recordEvent(t.ctx, {
      kind: "call",
      interviewId: interview.id,
      timeline: "by December 15",
    });
    const moved = (await showPlan(t.ctx, interview.id)).find((a) => a.id === checkIn.id);
    expect(moved?.dueDate).not.toBe(checkIn.dueDate);
    const replanned = await composeActionDraft(t.ctx, checkIn.id);
    expect(replanned.news.pickedId).toBe(dublin.id);
    expect(replanned.draft.body).toContain(`${dublin.title} (${dublin.url})`);
    const doc = await exportData(t.ctx);
    expect(doc.newsPicks).toEqual([
      { actionId: checkIn.id, itemId: dublin.id, pickedAt: t.ctx.now() },
    ]);

    // Refused by the field, nothing written: a posting, a thank-you, an unknown item.
    const posting = await addLocalBoard("lever");
    await pollWatchSource(t.ctx, { sourceId: posting }, policy());
    const [job] = (await getCompanyWatch(t.ctx, { company: "Acme" })).postings;
    if (!job) throw new Error("no posting");
    const before = await snapshotStore(t.store);
    for (const [actionId, newsItemId, code, message] of [
      [checkIn.id, job.id, "INVALID_INPUT", "is an open position, not a news item"],
      [thanks.id, results.id, "CONFLICT", "only a check-in does"],
      [checkIn.id, "wi_nothere", "NOT_FOUND", "news item is not on record"],
      [checkIn.id, "ws_wrongkind", "INVALID_INPUT", "must be an id starting with wi_"],
    ] as const) {
      const error = await pickDraftNews(t.ctx, actionId, { newsItemId }).catch((e: unknown) => e);
      expect(error, newsItemId).toBeInstanceOf(AppError);
      expect((error as AppError).code, newsItemId).toBe(code);
      expect((error as AppError).message, newsItemId).toContain(message);
    }
    expect(await snapshotStore(t.store)).toEqual(before);

    // Dismissed, it is mentioned nowhere and cannot be picked again until brought back.
    await dismissWatchItem(t.ctx, { itemId: dublin.id });
    const after = await composeActionDraft(t.ctx, checkIn.id);
    expect(after.news.pickedId).toBeNull();
    expect(after.news.choices.map((c) => c.id)).toEqual([results.id]);
    expect(after.draft.body).not.toContain(dublin.title);
    const refused = await pickDraftNews(t.ctx, checkIn.id, { newsItemId: dublin.id }).catch(
      (e: unknown) => e,
    );
    expect((refused as AppError).message).toBe(
      `"${dublin.title}" was dismissed; bring it back on the application page to mention it.`,
    );
    expect((refused as AppError).field).toBe("newsItemId");

    await pickDraftNews(t.ctx, checkIn.id, { newsItemId: results.id });
    const cleared = await pickDraftNews(t.ctx, checkIn.id, { newsItemId: null });
    expect(cleared.news.pickedId).toBeNull();
    expect(cleared.draft.body).not.toContain("glad to read");
    expect((await snapshotStore(t.store)).newsPicks).toBe(0);

    // Forgetting the company takes its picks with it.
    await pickDraftNews(t.ctx, checkIn.id, { newsItemId: results.id });
    await forgetCompany(t.ctx, { companyId: watch.companyId, confirm: "Acme" });
    expect(await snapshotStore(t.store)).toMatchObject({ newsPicks: 0, watchItems: 0 });
  });
});

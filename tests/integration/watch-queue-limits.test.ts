import { describe, expect, it } from "vitest";
import {
  MAX_QUEUED_POLLS_PER_ACCOUNT_PER_HOUR,
  MAX_SOURCES_PER_ACCOUNT,
} from "../../src/core/watch/watch-limits.js";
import { AppError } from "../../src/errors/app-error.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { addWatchSource } from "../../src/use-cases/watch/add-watch-source.js";
import { claimDueWatchSources } from "../../src/use-cases/watch/claim-due-watch-sources.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

// What one account may ask of the hosted job queue (R20): so many sources, so many reads an hour,
// each due source handed out once however many schedulers look.
describe.each(STORE_KINDS)("the watch's per-account limits on %s", (kind) => {
  const t = useTestStore(kind, "2026-11-21T12:00:00.000Z");

  async function sources(count: number, accountId = t.ctx.accountId) {
    const ctx = { ...t.ctx, accountId };
    await addInterview(ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "UTC",
    });
    for (let i = 0; i < count; i++)
      await addWatchSource(
        ctx,
        { company: "Acme", url: `https://acme.example/feed-${i}.xml` },
        null,
      );
  }

  it(`refuses a source past ${MAX_SOURCES_PER_ACCOUNT} per account, naming the field, writing nothing`, async () => {
    await sources(MAX_SOURCES_PER_ACCOUNT);
    const before = await snapshotStore(t.store);
    const refused = await addWatchSource(
      t.ctx,
      { company: "Acme", url: "https://acme.example/one-more.xml" },
      null,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ field: "url", code: "INVALID_INPUT" });
    expect((refused as AppError).message).toMatch(/at most 30 careers boards and news feeds/);
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("hands each due source out once, within the account's hourly allowance", async () => {
    await sources(MAX_QUEUED_POLLS_PER_ACCOUNT_PER_HOUR + 5);
    const base = { db: t.store.everyAccount, now: t.ctx.now };
    // Two schedulers at once: every source at most once between them.
    const [one, two] = await Promise.all([claimDueWatchSources(base), claimDueWatchSources(base)]);
    const claimed = [...one, ...two];
    expect(new Set(claimed.map((c) => c.sourceId)).size).toBe(claimed.length);
    expect(claimed).toHaveLength(MAX_QUEUED_POLLS_PER_ACCOUNT_PER_HOUR);
    // Nothing more this hour: 20 read (as a poll records), the rest wait.
    await t.ctx.db
      .updateTable("watchSources")
      .set({ lastCheckedAt: t.ctx.now() })
      .where(
        "id",
        "in",
        claimed.map((c) => c.sourceId),
      )
      .execute();
    t.clock.now = "2026-11-21T12:30:00.000Z";
    expect(await claimDueWatchSources(base)).toEqual([]);
    // An hour on, the five left and the first twenty (held 15 min, read over an hour ago) are due.
    t.clock.now = "2026-11-21T13:00:01.000Z";
    expect(await claimDueWatchSources(base)).toHaveLength(MAX_QUEUED_POLLS_PER_ACCOUNT_PER_HOUR);
  });
});

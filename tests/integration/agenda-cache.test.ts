import { spawnSync } from "node:child_process";
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { markActionDone } from "../../src/use-cases/planning/change-action-status.js";
import { getTodayAgenda, type TodayAgenda } from "../../src/use-cases/planning/get-today-agenda.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { ANA_IN_CHICAGO } from "../support/profiles.js";
import { STORE_KINDS, TEST_DATABASE_URL } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

// Today's agenda is kept between reads while the store's version stands (get-today-agenda.ts);
// these tests hold that a kept agenda is never answered once anything was written, by a use
// case, by another connection or by another process.

const TODAY = { limit: 25 } as const;

function ids(agenda: TodayAgenda): string[] {
  return [...agenda.overdue, ...agenda.dueToday, ...agenda.upcoming].map((i) => i.action.id);
}

function total(agenda: TodayAgenda): number {
  return agenda.counts.overdue + agenda.counts.dueToday + agenda.counts.upcoming;
}

describe.each(STORE_KINDS)("Today's agenda kept between reads on %s", (kind) => {
  // The same object when it was kept. On PostgreSQL the version is the cluster's snapshot, which
  // any commit anywhere moves (other test runs share the server), so there only equality holds.
  const expectKept = (again: TodayAgenda, first: TodayAgenda) =>
    kind === "sqlite" ? expect(again).toBe(first) : expect(again).toEqual(first);
  // Thursday 26 November 2026, 09:00 in Chicago: the interview's follow-ups are due around now.
  const t = useTestStore(kind, "2026-11-26T15:00:00.000Z");
  beforeEach(async () => {
    await setProfile(t.ctx, ANA_IN_CHICAGO);
    await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
      timeline: "two weeks",
    });
  });

  it("answers a second read from what it kept while nothing was written", async () => {
    const first = await getTodayAgenda(t.ctx, TODAY);
    expect(total(first)).toBeGreaterThan(0);
    const second = await getTodayAgenda(t.ctx, TODAY);
    expectKept(second, first);
    // Another query is its own entry.
    const whole = await getTodayAgenda(t.ctx, {});
    expect(whole).not.toBe(first);
    expect(ids(whole)).toEqual(ids(first));
  });

  it("reads again after a write through a use case", async () => {
    const before = await getTodayAgenda(t.ctx, TODAY);
    const done = ids(before)[0] as string;
    await markActionDone(t.ctx, done);
    const after = await getTodayAgenda(t.ctx, TODAY);
    expect(ids(after)).not.toContain(done);
    expect(total(after)).toBe(total(before) - 1);
  });

  it("reads again after a write by another connection", async () => {
    const before = await getTodayAgenda(t.ctx, TODAY);
    const done = ids(before)[0] as string;
    if (kind === "sqlite") {
      const Sqlite = (await import("better-sqlite3")).default;
      const other = new Sqlite(t.store.location);
      other.prepare("update actions set status = 'done' where id = ?").run(done);
      other.close();
    } else {
      const other = new pg.Client({ connectionString: t.env.DATABASE_URL ?? TEST_DATABASE_URL });
      await other.connect();
      await other.query("update actions set status = 'done' where id = $1", [done]);
      await other.end();
    }
    const after = await getTodayAgenda(t.ctx, TODAY);
    expect(ids(after)).not.toContain(done);
    expect(total(after)).toBe(total(before) - 1);
  });

  it.runIf(kind === "sqlite")("reads again after a write by another process", async () => {
    const before = await getTodayAgenda(t.ctx, TODAY);
    const done = ids(before)[0] as string;
    const script = `const D = require("better-sqlite3"); const d = new D(process.argv[1]);
      d.pragma("busy_timeout = 5000");
      d.prepare("update actions set status = 'done' where id = ?").run(process.argv[2]); d.close();`;
    const run = spawnSync(process.execPath, ["-e", script, t.store.location, done], {
      cwd: process.cwd(),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const after = await getTodayAgenda(t.ctx, TODAY);
    expect(ids(after)).not.toContain(done);
    expect(total(after)).toBe(total(before) - 1);
  });

  it("reads again when the user's day turns or the time zone changes", async () => {
    const thursday = await getTodayAgenda(t.ctx, TODAY);
    expect(thursday.today).toBe("2026-11-26");
    t.clock.now = "2026-11-27T15:00:00.000Z";
    const friday = await getTodayAgenda(t.ctx, TODAY);
    expect(friday.today).toBe("2026-11-27");
    // 23:30 in Chicago on Friday is already Saturday in Tokyo.
    t.clock.now = "2026-11-28T05:30:00.000Z";
    expect((await getTodayAgenda(t.ctx, TODAY)).today).toBe("2026-11-27");
    await setProfile(t.ctx, { ...ANA_IN_CHICAGO, timeZone: "Asia/Tokyo" });
    expect((await getTodayAgenda(t.ctx, TODAY)).today).toBe("2026-11-28");
  });

  it("keeps at most the 256 agendas last asked for", async () => {
    const first = await getTodayAgenda(t.ctx, { days: 1, limit: 1 });
    expectKept(await getTodayAgenda(t.ctx, { days: 1, limit: 1 }), first);
    for (let limit = 2; limit <= 3; limit++)
      for (let days = 1; days <= 90; days++) await getTodayAgenda(t.ctx, { days, limit });
    for (let days = 1; days <= 90; days++) await getTodayAgenda(t.ctx, { days, limit: 4 });
    const again = await getTodayAgenda(t.ctx, { days: 1, limit: 1 });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("keeps each account's agenda apart", async () => {
    const mine = await getTodayAgenda(t.ctx, TODAY);
    expect(total(mine)).toBeGreaterThan(0);
    const theirs = await getTodayAgenda({ ...t.ctx, accountId: "someone-else" }, TODAY);
    expect(total(theirs)).toBe(0);
    expectKept(await getTodayAgenda(t.ctx, TODAY), mine);
  });
});

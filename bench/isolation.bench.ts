import { randomBytes } from "node:crypto";
import pg from "pg";
import { TODAY_PAGE_SIZE } from "../src/client/inlined-data.js";
import { LOCAL_ACCOUNT_ID, openStore, type Store } from "../src/store/open-store.js";
import { accountContext, type UseCaseContext } from "../src/use-cases/context.js";
import { importData } from "../src/use-cases/data/import-data.js";
import { getTodayAgenda } from "../src/use-cases/planning/get-today-agenda.js";
import { dropSchema } from "../tests/support/drop-schema.js";
import { APP_ROLE, appRoleUrl, ensureAppRole } from "../tests/support/test-store.js";
import { type BenchResult, median, percentile } from "./bench-result.js";
import { AGENDA_NOW, generateDocument } from "./store.bench.js";

// Isolation overhead on Today's agenda (issue 13): the store bench's 84,000 actions of one
// account on a PostgreSQL schema. RLS on: the server's way, as a role without BYPASSRLS
// through store.forAccount (each query in a transaction that sets the tenant, the policies
// checked on every row). The reference, RLS off, in the same run on the same rows: a superuser
// connection that skips the policies, the query sent on its own as before this change. A third
// line splits the cost: the tenant set (the extra statements) but the policies skipped.

const RUNS = 200;

export async function benchIsolation(): Promise<BenchResult[]> {
  const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const schema = `ft_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    return [{ name: "isolation: skipped", value: 0, unit: "-", note: "no PostgreSQL reachable" }];
  }
  const stores: Store[] = [];
  try {
    await ensureAppRole(admin);
    await admin.query(`create schema ${schema} authorization ${APP_ROLE}`);
    const app = await openStore({ databaseUrl: appRoleUrl(), pgSchema: schema });
    stores.push(app);
    const superuser = await openStore({ databaseUrl: url, pgSchema: schema });
    stores.push(superuser);
    const json = JSON.stringify(generateDocument());
    const now = () => AGENDA_NOW;
    await importData(accountContext(app, LOCAL_ACCOUNT_ID, now), json);
    // One account: the document's ids are the store's primary keys, so it imports once.
    await admin.query(`analyze`);

    const rlsOn = accountContext(app, LOCAL_ACCOUNT_ID, now);
    const rlsOff: UseCaseContext = { db: superuser.db, accountId: LOCAL_ACCOUNT_ID, now };
    const tenantOnly = accountContext(superuser, LOCAL_ACCOUNT_ID, now);
    let rows = 0;
    const today = (ctx: UseCaseContext) => async () => {
      const a = await getTodayAgenda(ctx, { limit: TODAY_PAGE_SIZE });
      rows = a.overdue.length + a.dueToday.length + a.upcoming.length;
    };
    // Interleaved, so the machine's load falls on all three alike.
    const [on = [], off = [], tenant = []] = await interleaved([
      today(rlsOn),
      today(rlsOff),
      today(tenantOnly),
    ]);
    const ratio = (a: number[], b: number[]) => Math.round((median(a) / median(b)) * 100) / 100;
    return [
      {
        name: "postgres: Today's agenda, RLS on (role without BYPASSRLS, tenant set), p50",
        value: round(median(on)),
        unit: "ms",
        note: `p95 ${round(percentile(on, 95))} ms; ${ratio(on, off)}× RLS off; ${rows} rows; 84,000 actions`,
      },
      {
        name: "postgres: reference: the same agenda, RLS off (superuser, no tenant), p50",
        value: round(median(off)),
        unit: "ms",
        note: `p95 ${round(percentile(off, 95))} ms`,
      },
      {
        name: "postgres: the same, tenant set but the policies skipped (superuser), p50",
        value: round(median(tenant)),
        unit: "ms",
        note: `p95 ${round(percentile(tenant, 95))} ms; ${ratio(tenant, off)}× RLS off: the cost of the extra statements`,
      },
    ];
  } finally {
    for (const store of stores) await store.close();
    await admin.end();
    await dropSchema(url, schema);
  }
}

/** Wall times of each of `runs` rounds of every call in turn, after 10 unmeasured rounds. */
async function interleaved(calls: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (let i = 0; i < 10; i++) for (const call of calls) await call();
  const times = calls.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++)
    for (const [k, call] of calls.entries()) {
      const t0 = performance.now();
      await call();
      times[k]?.push(performance.now() - t0);
    }
  return times;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

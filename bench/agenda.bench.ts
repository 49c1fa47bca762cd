import { TODAY_PAGE_SIZE } from "../src/client/inlined-data.js";
import { LOCAL_ACCOUNT_ID } from "../src/store/open-store.js";
import type { UseCaseContext } from "../src/use-cases/context.js";
import { importData } from "../src/use-cases/data/import-data.js";
import { agendaBounds } from "../src/use-cases/planning/agenda-bounds.js";
import { getAgenda } from "../src/use-cases/planning/get-agenda.js";
import { getTodayAgenda } from "../src/use-cases/planning/get-today-agenda.js";
import { type BenchResult, median, percentile } from "./bench-result.js";
import { newStoreVersion } from "./new-store-version.js";
import { openBenchStore } from "./open-bench-store.js";
import { AGENDA_NOW, generateDocument } from "./store.bench.js";

// Today's agenda over 10,000 open actions (84,000 in all, the store bench's set-up), as Today asks
// for it (the counts and the first page of each group), beside the same three statements written
// as raw SQL and run through the same connection in the same run (issue 12). The whole agenda of
// the CLI and the digest (every follow-up in 14 days, whole) is printed too.

const RUNS = 200;

export async function benchAgenda(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const json = JSON.stringify(generateDocument());
  for (const kind of ["sqlite", "postgres"] as const) {
    const opened = await openBenchStore(kind);
    if (!opened) {
      results.push({ name: `${kind}: skipped`, value: 0, unit: "-", note: "no server reachable" });
      continue;
    }
    try {
      const ctx: UseCaseContext = {
        db: opened.store.db,
        accountId: LOCAL_ACCOUNT_ID,
        now: () => AGENDA_NOW,
      };
      await importData(ctx, json);
      const bounds = await agendaBounds(ctx, 14);
      const raw = await rawAgenda(
        kind,
        opened.store.location,
        opened.pgSchema,
        LOCAL_ACCOUNT_ID,
        bounds,
      );
      let rows = 0;
      let total = 0;
      const todayCpu: number[] = [];
      const referenceCpu: number[] = [];
      const today = await timed(
        async () => {
          const a = await getTodayAgenda(ctx, { limit: TODAY_PAGE_SIZE });
          rows = a.overdue.length + a.dueToday.length + a.upcoming.length;
          total = a.counts.overdue + a.counts.dueToday + a.counts.upcoming;
        },
        RUNS,
        todayCpu,
      );
      const afreshCpu: number[] = [];
      const afresh = await timed(
        () => getTodayAgenda(ctx, { limit: TODAY_PAGE_SIZE }),
        RUNS,
        afreshCpu,
        () => newStoreVersion(opened.store.db),
      );
      const reference = await timed(raw.run, RUNS, referenceCpu);
      await raw.close();
      let whole = 0;
      const full = await timed(async () => {
        const a = await getAgenda(ctx);
        whole = a.overdue.length + a.dueToday.length + a.upcoming.length;
      }, 30);
      // SQLite runs in this process, so its CPU time is the whole cost, whatever the machine's
      // load; PostgreSQL's is mostly in the server's process.
      if (kind === "sqlite")
        results.push(
          {
            name: "sqlite: Today's agenda read afresh, CPU time p50 (the load of the machine left out)",
            value: round(median(afreshCpu)),
            unit: "ms",
            note: `raw SQL ${round(median(referenceCpu))} ms`,
          },
          {
            name: "sqlite: Today's agenda kept (nothing written since), CPU time p50",
            value: round(median(todayCpu)),
            unit: "ms",
            note: "one statement: the store's version",
          },
        );
      results.push(
        {
          name: `${kind}: Today's agenda over 10,000 open actions, read afresh after a write, p50`,
          value: round(median(afresh)),
          unit: "ms",
          note: `target < ${kind === "sqlite" ? 5 : 10} ms; p95 ${round(percentile(afresh, 95))} ms; ${rows} rows of ${total}, counts included`,
        },
        {
          name: `${kind}: Today's agenda kept (nothing written since), p50`,
          value: round(median(today)),
          unit: "ms",
          note: `p95 ${round(percentile(today, 95))} ms; the store's version read, the agenda reused`,
        },
        {
          name: `${kind}: reference: the same statements as raw SQL, p50`,
          value: round(median(reference)),
          unit: "ms",
          note: `p95 ${round(percentile(reference, 95))} ms; Today read afresh is ${round(median(afresh) / median(reference))}× this`,
        },
        {
          name: `${kind}: the whole agenda (CLI, digest: every follow-up whole), p50`,
          value: round(median(full)),
          unit: "ms",
          note: `${whole} follow-ups; p95 ${round(percentile(full, 95))} ms`,
        },
      );
    } finally {
      await opened.cleanup();
    }
  }
  return results;
}

/**
 * Wall times of `runs` calls after 10 unmeasured, `before` run untimed ahead of each; `cpu` gets
 * each call's CPU time of this process.
 */
async function timed(
  run: () => Promise<unknown>,
  runs = RUNS,
  cpu: number[] = [],
  before: () => Promise<void> = async () => {},
): Promise<number[]> {
  for (let i = 0; i < 10; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await run();
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  return times;
}

interface Bounds {
  startOfToday: string;
  startOfTomorrow: string;
  horizon: string;
}

const OPEN = "status in ('planned', 'drafted', 'approved')";
const COUNTS = `select
    count(*) filter (where due_at < $2) as overdue,
    count(*) filter (where due_at >= $2 and due_at < $3) as due_today,
    count(*) filter (where due_at >= $3 and due_at < $4) as upcoming
  from actions where account_id = $1 and ${OPEN} and due_at < $4`;
const PAGE = `select a.id, a.contact_id, a.kind, a.channel, a.due_date, a.snoozed_until, a.rules,
    a.why, c.name as contact_name, co.name as company_name, ap.role
  from (select id, interview_id, contact_id, kind, channel, due_date, due_at, snoozed_until,
          rules, why from actions
        where account_id = $1 and ${OPEN} and due_at >= $2 and due_at < $3
        order by due_at, id limit ${TODAY_PAGE_SIZE}) a
  join interviews i on i.id = a.interview_id
  join applications ap on ap.id = i.application_id
  join companies co on co.id = ap.company_id
  left join contacts c on c.id = a.contact_id
  order by a.due_at, a.id`;

/**
 * The count and the three first pages by hand, on a connection of the driver's own: prepared
 * once, no query builder, no name mapping, rows as the driver gives them (rules parsed).
 */
async function rawAgenda(
  kind: "sqlite" | "postgres",
  location: string,
  pgSchema: string | undefined,
  accountId: string,
  b: Bounds,
): Promise<{ run: () => Promise<unknown>; close: () => Promise<void> }> {
  const spans: [string, string][] = [
    ["", b.startOfToday],
    [b.startOfToday, b.startOfTomorrow],
    [b.startOfTomorrow, b.horizon],
  ];
  const parse = (rows: { rules: string }[]) => rows.map((r) => JSON.parse(r.rules) as unknown);
  if (kind === "sqlite") {
    const sqlite = new (await import("better-sqlite3")).default(location, { readonly: true });
    const named = (q: string) => q.replace(/\$(\d)/g, "@p$1");
    const counts = sqlite.prepare(named(COUNTS));
    const page = sqlite.prepare(named(PAGE));
    return {
      run: async () => {
        counts.get({ p1: accountId, p2: b.startOfToday, p3: b.startOfTomorrow, p4: b.horizon });
        for (const [from, until] of spans)
          parse(page.all({ p1: accountId, p2: from, p3: until }) as { rules: string }[]);
      },
      close: async () => void sqlite.close(),
    };
  }
  const pg = (await import("pg")).default;
  const client = new pg.Client({
    connectionString: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    ...(pgSchema ? { options: `-c search_path=${pgSchema}` } : {}),
  });
  await client.connect();
  return {
    run: async () => {
      // Unnamed, as Kysely sends them: planned for these values each time.
      await client.query(COUNTS, [accountId, b.startOfToday, b.startOfTomorrow, b.horizon]);
      for (const [from, until] of spans)
        parse((await client.query(PAGE, [accountId, from, until])).rows);
    },
    close: () => client.end(),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

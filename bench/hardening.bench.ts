import fc from "fast-check";
import { Hono } from "hono";
import { LOCAL_ACCOUNT_ID } from "../src/store/open-store.js";
import { createApp } from "../src/transports/http/create-app.js";
import { type BenchResult, median, percentile } from "./bench-result.js";
import { openBenchStore } from "./open-bench-store.js";
import { type OpenApiDocument, requestsFor } from "./openapi-requests.js";

const NOW = "2026-11-20T22:00:00.000Z";
const CLIENTS = 20;
const COMPANIES = ["Acme", "Birch Analytics", "Cedar & Co"];

type App = ReturnType<typeof createApp>;

async function call(app: App, method: string, path: string, body?: string, type?: string) {
  const init: RequestInit = { method, ...(type ? { headers: { "content-type": type } } : {}) };
  if (body !== undefined) init.body = body;
  const res = await app.request(path, init);
  await res.arrayBuffer();
  return res.status;
}

/** The fuzz of tests/http/fuzz.test.ts, timed: hostile requests per second and their p99. */
async function fuzz(app: App, kind: string): Promise<BenchResult[]> {
  const doc = (await (await app.request("/api/openapi.json")).json()) as OpenApiDocument;
  const ids = ["iv_x", "ct_x", "act_x", "eml"];
  const requests = Object.entries(doc.paths).flatMap(([route, ops]) =>
    Object.keys(ops).flatMap((m) =>
      fc.sample(requestsFor(doc, route, m, ids), { seed: 7, numRuns: 20 }),
    ),
  );
  const times: number[] = [];
  let errors5xx = 0;
  const t0 = performance.now();
  for (const r of requests) {
    const s = performance.now();
    const status = await call(app, r.method, r.path, r.body, r.headers["content-type"]);
    times.push(performance.now() - s);
    if (status >= 500) errors5xx++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return [
    {
      name: `fuzz: hostile requests/s, ${kind}`,
      value: Math.round(requests.length / seconds),
      unit: "req/s",
      note: `${requests.length} requests, ${errors5xx} answered 5xx`,
    },
    {
      name: `fuzz: p99, ${kind}`,
      value: round(percentile(times, 99)),
      unit: "ms",
      note: `max ${round(Math.max(...times))} ms`,
    },
  ];
}

/** Twenty clients capturing at three shared companies at once: each request's latency. */
async function concurrency(app: App, kind: string): Promise<BenchResult[]> {
  const times: number[] = [];
  let failed = 0;
  const timed = async (method: string, path: string, body: unknown) => {
    const s = performance.now();
    const res = await app.request(path, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { interview?: { id: string } };
    times.push(performance.now() - s);
    if (res.status >= 400) failed++;
    return json;
  };
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, i) => {
      for (let round = 0; round < 3; round++) {
        const added = await timed("POST", "/api/interviews", {
          company: COMPANIES[i % 3],
          role: `Role ${i % 4}`,
          at: "2026-11-19T14:00",
          timeZone: "America/Chicago",
        });
        const id = added.interview?.id;
        if (!id) continue;
        await timed("POST", `/api/interviews/${id}/contacts`, { name: `P ${i}.${round}` });
        await timed("POST", `/api/interviews/${id}/notes`, { kind: "highlight", text: "dbt" });
      }
    }),
  );
  const wall = performance.now() - t0;
  return [
    {
      name: `concurrency: p50 / p95 per request, 20 clients, ${kind}`,
      value: round(median(times)),
      unit: "ms",
      note: `p95 ${round(percentile(times, 95))} ms; ${times.length} requests in ${round(wall / 1000)} s, ${failed} failed`,
    },
  ];
}

/** The reference measured in the same run: a hello-world Hono app, called the same way. */
async function helloWorld(): Promise<BenchResult> {
  const app = new Hono();
  app.get("/", (c) => c.json({ hello: "world" }));
  const n = 5_000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await (await app.request("/")).arrayBuffer();
  return {
    name: "reference: hello-world Hono, in-process requests/s",
    value: Math.round(n / ((performance.now() - t0) / 1000)),
    unit: "req/s",
  };
}

export async function benchHardening(): Promise<BenchResult[]> {
  const results: BenchResult[] = [await helloWorld()];
  for (const kind of ["sqlite", "postgres"] as const) {
    const opened = await openBenchStore(kind);
    if (!opened) {
      results.push({
        name: `fuzz and concurrency, ${kind}`,
        value: 0,
        unit: "",
        note: "no PostgreSQL answered: skipped",
      });
      continue;
    }
    try {
      const ctx = { db: opened.store.db, accountId: LOCAL_ACCOUNT_ID, now: () => NOW };
      const app = createApp({ store: opened.store, context: () => ctx });
      results.push(...(await fuzz(app, kind)), ...(await concurrency(app, kind)));
    } finally {
      await opened.cleanup();
    }
  }
  return results;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

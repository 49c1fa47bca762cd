import { hash, verify } from "@node-rs/argon2";
import { createHostedAuth } from "../src/transports/http/auth/create-hosted-auth.js";
import { createApp } from "../src/transports/http/create-app.js";
import { type BenchResult, median, percentile } from "./bench-result.js";
import { openBenchStore } from "./open-bench-store.js";

const ORIGIN = "https://followthrough.example.org";
const RUNS = 41;

/**
 * Hosted sign-in on PostgreSQL, in process: POST /api/auth/sign-in/email (rate limiter, argon2id
 * verify, session written, audit entry), beside argon2id's verify alone in the same run (the
 * floor) and an API read with the session it made (the session check every request pays).
 */
export async function benchSignIn(): Promise<BenchResult[]> {
  const opened = await openBenchStore("postgres");
  if (!opened) return [{ name: "sign-in", value: 0, unit: "skipped", note: "no PostgreSQL" }];
  try {
    const { db } = opened.store;
    const auth = createHostedAuth({
      db,
      forAccount: opened.store.forAccount,
      secret: "a-bench-session-secret-of-more-than-32-characters",
      publicOrigin: ORIGIN,
      mail: async () => undefined,
      now: () => new Date().toISOString(),
    });
    const app = createApp({
      store: opened.store,
      hosted: { publicOrigin: ORIGIN, accountOf: auth.accountOf, authRoutes: auth.handle },
    });
    const email = "bench@example.org";
    const password = "correct horse battery staple";
    const post = (path: string, body: unknown, ip: string) =>
      app.request(`http://127.0.0.1${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
        body: JSON.stringify(body),
      });
    await post("/api/auth/sign-up/email", { name: "Bench", email, password }, "192.0.2.1");
    await db.updateTable("authUsers").set({ emailVerified: true }).execute();

    const signIn: number[] = [];
    let cookie = "";
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      // A new address each time: the limiter counts, but does not refuse.
      const res = await post("/api/auth/sign-in/email", { email, password }, `198.51.100.${i + 1}`);
      await res.arrayBuffer();
      signIn.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
      cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
    }
    const stored = await hash(password);
    const verifyAlone: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await verify(stored, password);
      verifyAlone.push(performance.now() - t);
    }
    const read: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const res = await app.request("http://127.0.0.1/api/profile", { headers: { cookie } });
      await res.arrayBuffer();
      read.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`read answered ${res.status}`);
    }
    const ms = (v: number) => Math.round(v * 10) / 10;
    return [
      {
        name: "sign-in p50 (PostgreSQL, in process)",
        value: ms(median(signIn)),
        unit: "ms",
        note: `p95 ${ms(percentile(signIn, 95))} ms, ${RUNS} sign-ins`,
      },
      {
        name: "reference: argon2id verify alone p50",
        value: ms(median(verifyAlone)),
        unit: "ms",
        note: "@node-rs/argon2 defaults (19 MiB, t=2, p=1), same run",
      },
      {
        name: "reference: GET /api/profile with that session p50",
        value: ms(median(read)),
        unit: "ms",
        note: "the session check every request pays (no cookie cache)",
      },
    ];
  } finally {
    await opened.cleanup();
  }
}

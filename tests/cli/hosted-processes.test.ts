import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/open-store.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { setSmtpSettings } from "../../src/use-cases/sending/set-smtp-settings.js";
import { addWatchSource } from "../../src/use-cases/watch/add-watch-source.js";
import { parseMessage, type SmtpSink, startSmtpSink } from "../delivery/smtp-sink.js";
import { Jar, SESSION_COOKIE } from "../http/hosted-test-app.js";
import { createSchema, dropSchema } from "../support/drop-schema.js";
import { type BuiltProcess, startBuiltProcess } from "../support/start-built-process.js";
import { canReachPostgres, TEST_DATABASE_URL } from "../support/test-store.js";
import {
  startWatchFixtureServer,
  type WatchFixtureServer,
} from "../support/watch-fixture-server.js";

const ORIGIN = "https://followthrough.example.org";
const PASSWORD = "correct horse battery staple";
const EMAIL = "ana@example.org";

interface JournalLine {
  pid: number;
  task: string;
  key: string | null;
}

// Real processes on one PostgreSQL: two `serve --hosted --no-worker` and two `worker --hosted`,
// with their own store schema and their own graphile-worker schema (FOLLOWTHROUGH_QUEUE_SCHEMA),
// so other test runs on the same server neither see nor take these jobs.
describe.runIf(await canReachPostgres())("hosted: two web processes and two workers", () => {
  const schema = `ft_test_${randomBytes(6).toString("hex")}`;
  const queueSchema = `ft_queue_${randomBytes(6).toString("hex")}`;
  const dir = mkdtempSync(join(tmpdir(), "followthrough-processes-"));
  const key = randomBytes(32);
  const processes: BuiltProcess[] = [];
  let sink: SmtpSink;
  let fixtures: WatchFixtureServer;
  let store: Store;
  let env: Record<string, string>;

  beforeAll(async () => {
    await createSchema(TEST_DATABASE_URL, schema);
    sink = await startSmtpSink();
    fixtures = await startWatchFixtureServer();
    store = await openStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
    env = {
      DATABASE_URL: `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes("?") ? "&" : "?"}options=-c%20search_path%3D${schema}`,
      FOLLOWTHROUGH_SESSION_SECRET: randomBytes(32).toString("base64"),
      FOLLOWTHROUGH_PUBLIC_ORIGIN: ORIGIN,
      FOLLOWTHROUGH_SMTP_URL: `smtp://${encodeURIComponent(sink.user)}:${encodeURIComponent(sink.password)}@127.0.0.1:${sink.port}`,
      FOLLOWTHROUGH_SECRET_KEY: key.toString("base64"),
      FOLLOWTHROUGH_QUEUE_SCHEMA: queueSchema,
    };
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await store?.close();
    await sink?.close();
    await fixtures?.close();
    await dropSchema(TEST_DATABASE_URL, queueSchema);
    await dropSchema(TEST_DATABASE_URL, schema);
    rmSync(dir, { recursive: true, force: true });
  });

  const started = async (args: string[], extra: Record<string, string>, ready: RegExp) => {
    const running = await startBuiltProcess(
      args,
      { ...env, FOLLOWTHROUGH_DATA: dir, ...extra },
      ready,
    );
    processes.push(running);
    return running;
  };
  const web = (name: string) =>
    started(
      ["serve", "--hosted", "--no-worker", "--port", "0"],
      {},
      /running at (http:\/\/\S+\/)/,
    ).then((p) => ({ name, base: p.ready }));
  const call = async (
    base: string,
    method: string,
    path: string,
    body?: unknown,
    jar?: Jar,
  ): Promise<Response> => {
    const headers: Record<string, string> = { "x-forwarded-for": "203.0.113.7" };
    if (method !== "GET") headers.origin = ORIGIN;
    if (body !== undefined) headers["content-type"] = "application/json";
    if (jar?.cookies.size) headers.cookie = jar.header();
    const res = await fetch(new URL(path, base), {
      method,
      headers,
      redirect: "manual",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    jar?.keep(res.headers);
    return res;
  };

  it("a session made on one web process works on the other; each scheduled job runs once", async () => {
    const [a, b] = await Promise.all([web("A"), web("B")]);

    // Signed up and verified through A, signed in through B, used on A.
    expect(
      (
        await call(a.base, "POST", "/api/auth/sign-up/email", {
          name: "Ana",
          email: EMAIL,
          password: PASSWORD,
        })
      ).status,
    ).toBe(200);
    const verification = await parseMessage(sink.accepted.at(-1)?.raw ?? "");
    const link = new URL(/https?:\/\/\S+/.exec(verification.text ?? "")?.[0] ?? "");
    expect((await call(a.base, "GET", `${link.pathname}${link.search}`)).status).toBeLessThan(400);
    const jar = new Jar();
    expect(
      (
        await call(
          b.base,
          "POST",
          "/api/auth/sign-in/email",
          { email: EMAIL, password: PASSWORD },
          jar,
        )
      ).status,
    ).toBe(200);
    expect(jar.session).toBeDefined();
    expect(jar.cookies.has(SESSION_COOKIE)).toBe(true);
    expect((await call(a.base, "GET", "/api/profile", undefined, jar)).status).toBe(200);
    expect((await call(a.base, "GET", "/api/profile")).status).toBe(401);
    const saved = await call(
      a.base,
      "PUT",
      "/api/profile",
      { name: "Ana Ruiz", email: EMAIL, timeZone: "UTC", country: "US" },
      jar,
    );
    expect(saved.status).toBe(200);
    const onB = (await (await call(b.base, "GET", "/api/profile", undefined, jar)).json()) as {
      name: string;
    };
    expect(onB.name).toBe("Ana Ruiz");

    // Her account's scheduled work: a digest (an overdue thank-you) and a watched feed.
    const { id: accountId } = await store.db
      .selectFrom("authUsers")
      .select("id")
      .where("email", "=", EMAIL)
      .executeTakeFirstOrThrow();
    const ctx = { db: store.forAccount(accountId), accountId, now: () => new Date().toISOString() };
    await setProfile(ctx, { name: "Ana Ruiz", email: EMAIL, timeZone: "UTC", country: "US" });
    const day = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
    const { interview } = await addInterview(ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: `${day}T10:00`,
      timeZone: "UTC",
    });
    await addContact(ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
      role: "hiring-manager",
    });
    await setSmtpSettings(ctx, key, {
      host: "127.0.0.1",
      port: sink.port,
      user: sink.user,
      password: sink.password,
      insecure: true,
      digest: true,
      digestHour: 0,
    });
    const { source } = await addWatchSource(
      ctx,
      { company: "Acme", url: `${fixtures.origin}/feeds/press.xml` },
      null,
    );

    const journals = [join(dir, "jobs-1.jsonl"), join(dir, "jobs-2.jsonl")];
    await Promise.all(
      journals.map((journal) =>
        started(
          ["worker", "--hosted", "--jobs", "2"],
          { FOLLOWTHROUGH_JOB_JOURNAL: journal },
          /worker \d+ started/,
        ),
      ),
    );
    const lines = (): JournalLine[] =>
      journals.flatMap((file) => {
        try {
          return readFileSync(file, "utf8")
            .trim()
            .split("\n")
            .filter(Boolean)
            .map((l) => JSON.parse(l) as JournalLine);
        } catch {
          return [];
        }
      });
    const runsOf = (task: string, jobKey: string) =>
      lines().filter((l) => l.task === task && l.key === jobKey);
    const digests = () => sink.accepted.filter((m) => m.raw.includes("Subject: followthrough:"));
    const sourceRow = () =>
      store.everyAccount
        .selectFrom("watchSources")
        .selectAll()
        .where("id", "=", source.id)
        .executeTakeFirstOrThrow();

    // The effects: the digest mailed, the source read. Then one more tick of the watch's
    // schedule (the crontab's, once a minute), which would have handed the source out again.
    const state = () =>
      `${JSON.stringify(lines())}\n${processes.map((p) => p.output()).join("\n---\n")}`;
    await until(
      async () => digests().length > 0 && (await sourceRow()).lastCheckedAt !== null,
      state,
    );
    const schedulesBefore = lines().filter((l) => l.task === "schedule_watch").length;
    await until(
      async () => lines().filter((l) => l.task === "schedule_watch").length > schedulesBefore,
      state,
    );
    await Promise.all(processes.map((p) => p.stop()));

    expect(digests()).toHaveLength(1);
    expect(runsOf("morning_digest", `digest:${accountId}`)).toHaveLength(1);
    expect(runsOf("watch_poll", `watch:${source.id}`)).toHaveLength(1);
    // Hosted mode refuses the loopback fixture (no test allow-list there): read once, refused
    // before any connection, and paused with the reason.
    const read = await sourceRow();
    expect(read.failures).toBe(1);
    expect(read.status).toBe("paused");
    expect(read.statusReason).toMatch(/127\.0\.0\.1/);
    expect(fixtures.requests).toHaveLength(0);
    // The digest's job waits for tomorrow's digest hour, one row under its key.
    // (Kysely's CamelCasePlugin names the column runAt.)
    const queued = await sql<{
      key: string;
      runAt: Date;
    }>`select key, run_at from ${sql.id(queueSchema, "jobs")} where key = ${`digest:${accountId}`}`.execute(
      store.db,
    );
    expect(queued.rows).toHaveLength(1);
    expect(queued.rows[0]?.runAt.toISOString()).toBe(
      `${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}T00:00:00.000Z`,
    );
  }, 300_000);
});

/** Waits for a condition of the world outside this process, looking every half second. */
async function until(
  condition: () => Promise<boolean>,
  state: () => string,
  limitMs = Number(process.env.UNTIL_MS ?? 180_000),
): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`the processes did not get there:\n${state()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../src/errors/app-error.js";
import { recordAudit } from "../../src/store/repositories/audit-log.repository.js";
import { saveImapSyncState } from "../../src/store/repositories/imap-state.repository.js";
import { insertWatchItems } from "../../src/store/repositories/watch.repository.js";
import type { Database } from "../../src/store/schema.js";
import { exportCalendar } from "../../src/use-cases/calendar/export-calendar.js";
import { showCalendarFeed } from "../../src/use-cases/calendar/show-calendar-feed.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import type { UseCaseContext } from "../../src/use-cases/context.js";
import { logCorrespondence } from "../../src/use-cases/correspondence/log-correspondence.js";
import { BACKUP_COVERAGE } from "../../src/use-cases/data/backup-coverage.js";
import { exportData } from "../../src/use-cases/data/export-data.js";
import { importData } from "../../src/use-cases/data/import-data.js";
import { saveTemplate, showTemplate } from "../../src/use-cases/drafts/manage-templates.js";
import { pickDraftNews } from "../../src/use-cases/drafts/pick-draft-news.js";
import { saveDraftEdits } from "../../src/use-cases/drafts/save-draft-edits.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { setImapSettings } from "../../src/use-cases/mail/set-imap-settings.js";
import { addNote } from "../../src/use-cases/notes/add-note.js";
import { deleteNote } from "../../src/use-cases/notes/delete-note.js";
import { recordEvent } from "../../src/use-cases/planning/record-event.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { approveAndQueue } from "../../src/use-cases/sending/approve-and-queue.js";
import { setSmtpSettings } from "../../src/use-cases/sending/set-smtp-settings.js";
import { addWatchSource } from "../../src/use-cases/watch/add-watch-source.js";
import { addUserWord } from "../../src/use-cases/words/add-user-word.js";
import { snapshotStore } from "../support/count-rows.js";
import {
  canReachPostgres,
  openTestStore,
  STORE_KINDS,
  type TestStore,
} from "../support/test-store.js";

// R25: a backup keeps every record. Which table is where is BACKUP_COVERAGE, typed by `Database`
// so a new table fails to compile until it is placed; these tests prove the placing true: the
// migrated store has no table `Database` lacks, and a store with a row in every table exports and
// imports each exported table whole.

type Table = keyof Database;
const TABLES = Object.keys(BACKUP_COVERAGE) as Table[];
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const KEY = randomBytes(32);

/** Every user table of the migrated store, by its SQL name. */
async function tablesInStore(t: TestStore, kind: string): Promise<string[]> {
  if (kind === "sqlite") {
    const rows = await sql<{ name: string; sql: string | null }>`
      select name, sql from sqlite_master where type = 'table'`.execute(t.store.db);
    // FTS5 search tables and their shadow tables are derived from notes and correspondence.
    const virtual = rows.rows.filter((r) => /^create virtual table/i.test(r.sql ?? ""));
    return rows.rows
      .map((r) => r.name)
      .filter((name) => !name.startsWith("sqlite_"))
      .filter((name) => !virtual.some((v) => name === v.name || name.startsWith(`${v.name}_`)))
      .filter((name) => !name.startsWith("kysely_migration"));
  }
  const rows = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(t.store.db);
  return rows.rows.map((r) => r.name).filter((name) => !name.startsWith("kysely_migration"));
}

/** A table's rows without the account they belong to, in a stable order, as JSON text. */
async function rowsOf(t: TestStore, table: Table): Promise<string[]> {
  const rows = (await t.store.db.selectFrom(table).selectAll().execute()) as Record<
    string,
    unknown
  >[];
  return rows
    .map((row) => {
      const { accountId: _account, ...rest } = row;
      const keys = Object.keys(rest).sort();
      return JSON.stringify(rest, keys);
    })
    .sort();
}

/**
 * One of everything the store keeps: a row in every table. A table added later fails the test
 * below until this writes a row into it (through its use case where one exists).
 */
async function fillEveryTable(ctx: UseCaseContext): Promise<void> {
  await setProfile(ctx, {
    name: "Ana Ruiz",
    email: "ana@example.org",
    strengths: ["Kotlin"],
    sendCard: true,
  });
  const { interview } = await addInterview(ctx, {
    company: "Acme",
    role: "Data Engineer",
    at: "2026-11-18T10:00",
    timeZone: "America/New_York",
    timeline: "two weeks",
    // Made on a phone: the write's id is kept so a retry is stored once.
    clientId: "phone-write-0001-abcdef",
  });
  const dana = await addContact(ctx, {
    interviewId: interview.id,
    name: "Dana Whitfield",
    email: "dana@acme.example",
    agreedToConnect: true,
  });
  await addNote(ctx, {
    interviewId: interview.id,
    contactId: dana.id,
    kind: "highlight",
    text: "Her team moved the warehouse to dbt",
  });
  const gone = await addNote(ctx, {
    interviewId: interview.id,
    contactId: dana.id,
    kind: "question",
    text: "Ask about on-call",
  });
  await deleteNote(ctx, gone.id);
  await logCorrespondence(ctx, {
    interviewId: interview.id,
    direction: "in",
    channel: "email",
    subject: "Re: thanks",
    body: "Thanks, Ana!",
    contactIds: [dana.id],
  });
  await recordEvent(ctx, { kind: "call", interviewId: interview.id, timeline: "by December 15" });
  const own = (await showTemplate(ctx, "thank-you-email")).text;
  await saveTemplate(ctx, "thank-you-email", `${own}\n\nP.S. Thank you again.`);
  const actions = await showPlan(ctx, interview.id);
  const thanks = actions.find((a) => a.channel === "email" && a.status === "planned");
  if (!thanks) throw new Error("the plan has no email to Dana");
  const card = actions.find((a) => a.channel === "card");
  if (!card) throw new Error("the plan has no card");
  await saveDraftEdits(ctx, card.id, { body: "Dear Dana, thank you for your time." });
  await addUserWord(ctx, { word: "Kubeflow" });
  await exportCalendar(ctx);
  await showCalendarFeed(ctx);
  await setSmtpSettings(ctx, KEY, {
    host: "smtp.example.org",
    port: 587,
    user: "ana@example.org",
    password: "secret",
  });
  await approveAndQueue(ctx, {
    actionId: thanks.id,
    subject: "Thank you",
    body: "Dear Dana, thank you.",
  });
  await setImapSettings(
    ctx,
    { host: "imap.example.org", username: "ana@example.org", password: "secret" },
    KEY,
  );
  // A watched board and a posting it holds (reading one needs a board server: the item is put
  // where pollWatchSource would put it).
  const watched = await addWatchSource(
    ctx,
    { company: "Acme", url: "https://jobs.lever.co/acme" },
    null,
  );
  await insertWatchItems(ctx.db, ctx.accountId, [
    {
      id: "wi_backup0001",
      companyId: watched.source.companyId,
      sourceId: watched.source.id,
      kind: "posting",
      itemKey: "a".repeat(64),
      title: "Analytics Engineer",
      url: "https://jobs.lever.co/acme/5a1c7e42",
      location: "Berlin",
      department: "Data",
      summary: null,
      publishedAt: "2026-11-18T09:00:00.000Z",
      firstSeenAt: ctx.now(),
      lastSeenAt: ctx.now(),
      dismissedAt: null,
    },
    {
      id: "wi_backup0002",
      companyId: watched.source.companyId,
      sourceId: watched.source.id,
      kind: "news",
      itemKey: "b".repeat(64),
      title: "Acme opens an office in Lisbon",
      url: "https://acme.example/news/lisbon",
      location: null,
      department: null,
      summary: "A new office for the data team.",
      publishedAt: "2026-11-19T09:00:00.000Z",
      firstSeenAt: ctx.now(),
      lastSeenAt: ctx.now(),
      dismissedAt: null,
    },
  ]);
  // The news item a check-in mentions (R20).
  const checkIn = actions.find((a) => a.kind === "check-in");
  if (!checkIn) throw new Error("the plan has no check-in");
  await pickDraftNews(ctx, checkIn.id, { newsItemId: "wi_backup0002" });
  // The sync's own record of how far it read (it needs a mailbox server to get there itself).
  await saveImapSyncState(
    ctx.db,
    ctx.accountId,
    { mailbox: "INBOX", uidValidity: "1700000000", lastUid: 42 },
    ctx.now(),
  );
  // Hosted mode's sign-in (better-auth writes these; none is exported).
  const at = ctx.now();
  await ctx.db
    .insertInto("authUsers")
    .values({
      id: ctx.accountId,
      name: "Ana",
      email: "ana@example.org",
      emailVerified: 1,
      image: null,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  await ctx.db
    .insertInto("authSessions")
    .values({
      id: "se_1",
      userId: ctx.accountId,
      token: "digest",
      expiresAt: at,
      ipAddress: null,
      userAgent: null,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  await ctx.db
    .insertInto("authCredentials")
    .values({
      id: "cr_1",
      userId: ctx.accountId,
      accountId: ctx.accountId,
      providerId: "credential",
      accessToken: null,
      refreshToken: null,
      idToken: null,
      accessTokenExpiresAt: null,
      refreshTokenExpiresAt: null,
      scope: null,
      password: "$argon2id$v=19$m=19456,t=2,p=1$x$y",
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  await ctx.db
    .insertInto("authVerifications")
    .values({
      id: "ve_1",
      identifier: "h",
      value: "v",
      expiresAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  await ctx.db
    .insertInto("authPasskeys")
    .values({
      id: "pk_1",
      accountId: ctx.accountId,
      name: "phone",
      publicKey: "cHVibGlj",
      credentialId: "cred_1",
      counter: 0,
      deviceType: "singleDevice",
      backedUp: 0,
      transports: "internal",
      aaguid: null,
      createdAt: at,
    })
    .execute();
  await ctx.db
    .insertInto("authRateLimits")
    .values({ id: "rl_1", key: "203.0.113.1|/sign-in/email", count: 1, lastRequest: 1 })
    .execute();
  await recordAudit(ctx.db, {
    accountId: ctx.accountId,
    event: "sign-in",
    outcome: "ok",
    ipAddress: null,
    userAgent: null,
    detail: null,
    at,
  });
}

describe.each(STORE_KINDS)("the backup on %s", (kind) => {
  let stores: TestStore[] = [];
  beforeEach(async (context) => {
    if (kind === "postgres" && !(await canReachPostgres())) context.skip();
    stores = [];
  });
  afterEach(async () => {
    for (const s of stores) await s.cleanup();
  });
  const open = async () => {
    const s = await openTestStore(kind, "2026-11-19T12:00:00.000Z");
    stores.push(s);
    return s;
  };

  it("knows every table of the migrated store (Database, and so BACKUP_COVERAGE, lacks none)", async () => {
    const t = await open();
    const known = new Set(TABLES.map(snake));
    expect((await tablesInStore(t, kind)).filter((name) => !known.has(name))).toEqual([]);
  });

  it("carries every exported table whole: a store with a row in each, exported and imported into an empty one, holds the same rows", async () => {
    const source = await open();
    await fillEveryTable(source.ctx);
    const unfilled: Table[] = [];
    for (const table of TABLES)
      if ((await rowsOf(source, table)).length === 0) unfilled.push(table);
    // A table named here has no row in fillEveryTable: add one, so this test covers it.
    expect(unfilled).toEqual([]);

    const target = await open();
    await importData(target.ctx, JSON.stringify(await exportData(source.ctx)));
    for (const table of TABLES) {
      const coverage = BACKUP_COVERAGE[table];
      if ("exportedAs" in coverage) {
        expect({ table, rows: await rowsOf(target, table) }).toEqual({
          table,
          rows: await rowsOf(source, table),
        });
      } else {
        expect(coverage.notExported.length).toBeGreaterThan(20);
        if (table !== "accounts")
          expect({ table, rows: await rowsOf(target, table) }).toEqual({ table, rows: [] });
      }
    }
  });

  it("refuses a file whose edited template is broken, by its place in the file, and writes nothing", async () => {
    const source = await open();
    await fillEveryTable(source.ctx);
    const doc = await exportData(source.ctx);
    const broken = structuredClone(doc);
    (broken.templates[0] as { text: string }).text = "Dear {{nobody.knows}},";
    const target = await open();
    const before = await snapshotStore(target.store);
    const error = (await importData(target.ctx, JSON.stringify(broken)).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("INVALID_IMPORT");
    expect(error.field).toBe("templates.0.text");
    expect(error.message).toMatch(/thank-you-email/);
    expect(await snapshotStore(target.store)).toEqual(before);
  });

  it("reads an export made before backups carried templates, the trash and the calendar", async () => {
    const source = await open();
    await fillEveryTable(source.ctx);
    const { templates, trash, calendarSequences, calendarFeed, ...older } = await exportData(
      source.ctx,
    );
    expect([templates.length, trash.length]).toEqual([1, 1]);
    expect(calendarSequences.length).toBeGreaterThan(0);
    expect(calendarFeed).not.toBeNull();
    const target = await open();
    const summary = await importData(target.ctx, JSON.stringify(older));
    expect([summary.templates, summary.trash]).toEqual([0, 0]);
    const again = await exportData(target.ctx);
    expect([again.templates, again.trash, again.calendarSequences, again.calendarFeed]).toEqual([
      [],
      [],
      [],
      null,
    ]);
  });
});

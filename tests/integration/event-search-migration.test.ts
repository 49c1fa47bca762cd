import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import {
  CamelCasePlugin,
  Kysely,
  type MigrationResultSet,
  Migrator,
  PostgresDialect,
  SqliteDialect,
} from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrationProvider } from "../../src/store/migrations/index.js";
import {
  LOCAL_ACCOUNT_ID,
  openStore,
  type Store,
  withSchemaLock,
} from "../../src/store/open-store.js";
import type { Database } from "../../src/store/schema.js";
import { search } from "../../src/use-cases/search/search.js";
import { dropSchema } from "../support/drop-schema.js";
import { canReachPostgres, STORE_KINDS, TEST_DATABASE_URL } from "../support/test-store.js";

const MIGRATION = "2026-12-01T1130-event-search";
const NOW = "2026-11-20T22:00:00.000Z";

/** A store as it was before this migration, holding one decision; then opened as today. */
async function storeFromBefore(kind: (typeof STORE_KINDS)[number]) {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const previous = names[names.indexOf(MIGRATION) - 1] as string;
  let db: Kysely<Database>;
  let migrate: (migrator: Migrator) => Promise<MigrationResultSet>;
  let migrationTableSchema: string | undefined;
  let reopen: () => Promise<Store>;
  let cleanup: () => Promise<void>;
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "followthrough-migration-"));
    db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new Sqlite(join(dir, "followthrough.sqlite")) }),
      plugins: [new CamelCasePlugin()],
    });
    migrate = (migrator) => migrator.migrateTo(previous);
    reopen = () => openStore({ dataDir: dir });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `ft_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const pool = new pg.Pool({
      connectionString: TEST_DATABASE_URL,
      options: `-c search_path=${schema}`,
    });
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    // As openStore does: the schema lock, and the bookkeeping tables in this schema.
    migrate = (migrator) => withSchemaLock(db, "shared", () => migrator.migrateTo(previous));
    migrationTableSchema = schema;
    reopen = () => openStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
    cleanup = () => dropSchema(TEST_DATABASE_URL, schema);
  }
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error } = await migrate(migrator);
  if (error) throw error;
  const at = { createdAt: NOW };
  const accountId = LOCAL_ACCOUNT_ID;
  await db
    .insertInto("accounts")
    .values({ id: accountId, name: "Local", ...at })
    .execute();
  await db
    .insertInto("companies")
    .values({
      id: "co_1",
      accountId,
      name: "Globex",
      website: null,
      country: null,
      region: null,
      ...at,
    })
    .execute();
  await db
    .insertInto("applications")
    .values({
      id: "ap_1",
      accountId,
      companyId: "co_1",
      role: "Analyst",
      postingUrl: null,
      status: "rejected",
      ...at,
    })
    .execute();
  await db
    .insertInto("interviews")
    .values({
      id: "iv_1",
      accountId,
      applicationId: "ap_1",
      round: 1,
      startsAt: "2026-11-10T14:00:00.000Z",
      timeZone: "America/New_York",
      format: "on-site",
      location: null,
      timelineText: null,
      timelineDate: null,
      nextStep: null,
      feeling: null,
      country: null,
      region: null,
      sendCard: null,
      summaryLetter: null,
      ...at,
    })
    .execute();
  await db
    .insertInto("events")
    .values({
      id: "ev_1",
      accountId,
      interviewId: "iv_1",
      contactId: null,
      kind: "decision",
      outcome: "rejected",
      occurredAt: "2026-11-19T17:00:00.000Z",
      nextInterviewId: null,
      note: "They chose an internal candidate.",
      ...at,
    })
    .execute();
  await db.destroy();
  return { reopen, cleanup };
}

describe.each(STORE_KINDS)(`migration ${MIGRATION} on %s`, (kind) => {
  it("indexes the events recorded before it", async (context) => {
    if (kind === "postgres" && !(await canReachPostgres())) context.skip();
    const before = await storeFromBefore(kind);
    const store = await before.reopen();
    try {
      const ctx = { db: store.db, accountId: LOCAL_ACCOUNT_ID, now: () => NOW };
      const { hits } = await search(ctx, { text: "internal candidate" });
      expect(hits).toEqual([
        expect.objectContaining({
          kind: "event",
          id: "ev_1",
          applicationId: "ap_1",
          company: "Globex",
        }),
      ]);
    } finally {
      await store.close();
      await before.cleanup();
    }
  });
});

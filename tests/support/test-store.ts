import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { LOCAL_ACCOUNT_ID, openStore, type Store } from "../../src/store/open-store.js";
import type { UseCaseContext } from "../../src/use-cases/context.js";
import { dropSchema } from "./drop-schema.js";

export const STORE_KINDS = ["sqlite", "postgres"] as const;
export type TestStoreKind = (typeof STORE_KINDS)[number];

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

let postgresReachable: Promise<boolean> | undefined;

/** Whether the test PostgreSQL answers; when it does not, PostgreSQL tests skip with a loud warning. */
export function canReachPostgres(): Promise<boolean> {
  postgresReachable ??= (async () => {
    const client = new pg.Client({
      connectionString: TEST_DATABASE_URL,
      connectionTimeoutMillis: 3000,
    });
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } catch (error) {
      console.warn(
        `\n!!! PostgreSQL at ${TEST_DATABASE_URL} cannot be reached (${(error as Error).message}); the PostgreSQL half of the integration tests is SKIPPED. Start it or set TEST_DATABASE_URL.\n`,
      );
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgresReachable;
}

export interface TestStore {
  store: Store;
  /** A context whose clock reads `clock.now`, which tests may move. */
  ctx: UseCaseContext;
  clock: { now: string };
  /** The options that open this same store again (e.g. for the CLI). */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A fresh, empty store of the given kind: a new SQLite file, or a new PostgreSQL schema. */
export async function openTestStore(
  kind: TestStoreKind,
  now = "2026-11-20T22:00:00.000Z",
): Promise<TestStore> {
  const clock = { now };
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "followthrough-test-"));
    const store = await openStore({ dataDir: dir });
    return {
      store,
      clock,
      ctx: { db: store.db, accountId: LOCAL_ACCOUNT_ID, now: () => clock.now },
      env: { FOLLOWTHROUGH_DATA: dir },
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `ft_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes("?") ? "&" : "?"}options=-c%20search_path%3D${schema}`;
  const store = await openStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
  return {
    store,
    clock,
    ctx: { db: store.db, accountId: LOCAL_ACCOUNT_ID, now: () => clock.now },
    env: { DATABASE_URL: url },
    cleanup: async () => {
      await store.close();
      await dropSchema(TEST_DATABASE_URL, schema);
    },
  };
}

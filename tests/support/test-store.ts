import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { LOCAL_ACCOUNT_ID, openStore, type Store } from "../../src/store/open-store.js";
import { accountContext, type UseCaseContext } from "../../src/use-cases/context.js";
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

/**
 * The role row-level security is tested as: neither a superuser nor BYPASSRLS (both skip every
 * policy, so a test as `postgres` proves nothing), and the owner of the tables it migrates, as a
 * server's role is (FORCE ROW LEVEL SECURITY binds it all the same).
 */
export const APP_ROLE = "followthrough_app";

/** Makes APP_ROLE if the server has none (tests running side by side may race to), and checks it. */
export async function ensureAppRole(admin: pg.Client): Promise<void> {
  try {
    await admin.query(
      `create role ${APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole`,
    );
  } catch (error) {
    // 42710: it exists; 23505: another test made it at the same moment.
    const code = (error as { code?: string }).code;
    if (code !== "42710" && code !== "23505") throw error;
  }
  const { rows } = await admin.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    "select rolsuper, rolbypassrls from pg_roles where rolname = $1",
    [APP_ROLE],
  );
  if (rows[0]?.rolsuper !== false || rows[0]?.rolbypassrls !== false)
    throw new Error(
      `${APP_ROLE} must be neither superuser nor BYPASSRLS to test row-level security`,
    );
}

/** TEST_DATABASE_URL as APP_ROLE (the test server trusts local connections). */
export function appRoleUrl(): string {
  const url = new URL(TEST_DATABASE_URL);
  url.username = APP_ROLE;
  url.password = "";
  return url.toString();
}

export interface TestStoreOptions {
  /** PostgreSQL: connect as APP_ROLE instead of TEST_DATABASE_URL's (superuser) role. */
  appRole?: boolean;
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
  options: TestStoreOptions = {},
): Promise<TestStore> {
  const clock = { now };
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "followthrough-test-"));
    const store = await openStore({ dataDir: dir });
    return {
      store,
      clock,
      ctx: accountContext(store, LOCAL_ACCOUNT_ID, () => clock.now),
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
  try {
    if (options.appRole) await ensureAppRole(admin);
    await admin.query(
      `create schema ${schema}${options.appRole ? ` authorization ${APP_ROLE}` : ""}`,
    );
  } finally {
    await admin.end();
  }
  const base = options.appRole ? appRoleUrl() : TEST_DATABASE_URL;
  const url = `${base}${base.includes("?") ? "&" : "?"}options=-c%20search_path%3D${schema}`;
  const store = await openStore({ databaseUrl: base, pgSchema: schema });
  return {
    store,
    clock,
    ctx: accountContext(store, LOCAL_ACCOUNT_ID, () => clock.now),
    env: { DATABASE_URL: url },
    cleanup: async () => {
      await store.close();
      await dropSchema(TEST_DATABASE_URL, schema);
    },
  };
}

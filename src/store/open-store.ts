import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import {
  CamelCasePlugin,
  Kysely,
  Migrator,
  PostgresAdapter,
  PostgresDialect,
  PostgresDriver,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from "kysely";
import { AppError } from "../errors/app-error.js";
import { makeStoreFilesPrivate } from "./make-store-files-private.js";
import { migrationProvider } from "./migrations/index.js";
import type { Database } from "./schema.js";
import { SqliteImmediateDialect } from "./sqlite-immediate-dialect.js";
import { type Tenant, TenantDriver } from "./tenant-driver.js";

export type StoreKind = "sqlite" | "postgres";

export interface Store {
  /**
   * The store without an account: on PostgreSQL row-level security shows it no account's rows
   * (only better-auth's own tables, which have no policy). Account work goes through forAccount.
   */
  db: Kysely<Database>;
  /** The store as one account sees it: on PostgreSQL every query runs with that tenant set. */
  forAccount(accountId: string): Kysely<Database>;
  /**
   * Every account's rows, for the work that serves all accounts: migrations, the outbox worker's
   * claims, the digest's and the watch's look for what is due, a calendar feed found by its secret.
   */
  everyAccount: Kysely<Database>;
  kind: StoreKind;
  /** Where the data lives, said so a person can find it (a file path or the database URL's host). */
  location: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL when set. */
  databaseUrl?: string | undefined;
  /** Folder for the SQLite file; defaults to the XDG data directory. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (tests give each run its own). */
  pgSchema?: string | undefined;
}

/** The local, single-user account every row belongs to until the hosted mode adds more. */
export const LOCAL_ACCOUNT_ID = "local";

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FOLLOWTHROUGH_DATA) return env.FOLLOWTHROUGH_DATA;
  const base = env.XDG_DATA_HOME || join(homedir(), ".local", "share");
  return join(base, "followthrough");
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  // Each driver is loaded only when it is used: a laptop never loads pg, a server never SQLite.
  const store = options.databaseUrl
    ? openPostgres((await import("pg")).default, options.databaseUrl, options.pgSchema)
    : openSqlite((await import("better-sqlite3")).default, options.dataDir ?? defaultDataDir());
  try {
    if (store.kind === "postgres") {
      const schema = options.pgSchema ?? (await currentSchema(store.db));
      await withSchemaLock(store.db, "shared", () => migrateToLatest(store.everyAccount, schema));
    } else {
      await migrateToLatest(store.db, undefined);
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openSqlite(SqliteDatabase: typeof import("better-sqlite3"), dataDir: string): Store {
  try {
    // 0700 for a folder this creates (XDG's rule for data directories); an existing one is
    // left as its owner set it, and the files in it are 0600 either way.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (cause) {
    throw new AppError("INVALID_INPUT", `Cannot create the data directory ${dataDir}.`, {
      field: "data-dir",
      accepted: "a writable folder (--data-dir or FOLLOWTHROUGH_DATA)",
      cause,
    });
  }
  const file = join(dataDir, "followthrough.sqlite");
  makeStoreFilesPrivate(file);
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Short: better-sqlite3 waits synchronously. Longer waits are retried asynchronously (below).
  sqlite.pragma("busy_timeout = 50");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({
    dialect: new SqliteImmediateDialect(sqlite),
    plugins: [new CamelCasePlugin()],
  });
  // One person's file: row-level security is PostgreSQL's; every account sees the one store.
  return {
    db,
    forAccount: () => db,
    everyAccount: db,
    kind: "sqlite",
    location: file,
    close: () => db.destroy(),
  };
}

function openPostgres(
  pg: typeof import("pg").default,
  url: string,
  schema: string | undefined,
): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const plugins = [new CamelCasePlugin()];
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  // One driver on the pool for every tenant; each tenant's Kysely is a few objects around it.
  const shared = new PostgresDriver({ pool });
  const tenantDb = (tenant: Tenant) =>
    new Kysely<Database>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new TenantDriver(shared, tenant),
        createIntrospector: (inner) => new PostgresIntrospector(inner),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
      plugins,
    });
  let host = "postgres";
  try {
    host = new URL(url).host || host;
  } catch {
    // An unparsable URL is reported by pg itself on first use.
  }
  // The same Kysely for the same account while it is in use (what is kept per db, like Today's
  // agenda, stays found); the least recently used goes beyond MAX_TENANTS.
  const tenants = new Map<string, Kysely<Database>>();
  const forAccount = (accountId: string): Kysely<Database> => {
    const known = tenants.get(accountId);
    tenants.delete(accountId);
    const tenant = known ?? tenantDb({ account: accountId });
    tenants.set(accountId, tenant);
    if (tenants.size > MAX_TENANTS) tenants.delete(tenants.keys().next().value as string);
    return tenant;
  };
  return {
    db,
    forAccount,
    everyAccount: tenantDb("every-account"),
    kind: "postgres",
    location: `postgres://${host}`,
    close: () => db.destroy(),
  };
}

/** Accounts whose Kysely is kept at once (a few objects each). */
const MAX_TENANTS = 1024;

/** An advisory lock id of our own: "ftsc" (followthrough schema change). */
export const SCHEMA_LOCK_KEY = 0x66747363;

/**
 * Runs `work` holding PostgreSQL's advisory lock on schema changes: shared while migrating (many
 * processes may migrate at once; Kysely serialises them itself), exclusive to drop a schema.
 * Kysely's migrator looks at every schema's tables before it takes its own lock, and that look
 * fails if another schema is dropped under it at that moment (tests drop theirs as they finish).
 */
export async function withSchemaLock<T>(
  db: Kysely<Database>,
  mode: "shared" | "exclusive",
  work: () => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    if (mode === "shared")
      await sql`select pg_advisory_lock_shared(${SCHEMA_LOCK_KEY})`.execute(conn);
    else await sql`select pg_advisory_lock(${SCHEMA_LOCK_KEY})`.execute(conn);
    try {
      return await work();
    } finally {
      if (mode === "shared")
        await sql`select pg_advisory_unlock_shared(${SCHEMA_LOCK_KEY})`.execute(conn);
      else await sql`select pg_advisory_unlock(${SCHEMA_LOCK_KEY})`.execute(conn);
    }
  });
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? "public";
}

async function migrateToLatest(db: Kysely<Database>, pgSchema: string | undefined): Promise<void> {
  // On PostgreSQL the bookkeeping tables are looked up in one named schema; otherwise Kysely
  // would find another schema's tables on the same server and skip creating its own.
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // Work done side by side lands in any order: a store that already ran a later migration
    // still runs one with an earlier timestamp that arrived after it (each is forward-only and
    // independent of the others of the same day).
    allowUnorderedMigrations: true,
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new AppError(
      "EXTERNAL_FAILURE",
      `Database migration ${failed} failed: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  await db
    .insertInto("accounts")
    .values({ id: LOCAL_ACCOUNT_ID, name: "Local", createdAt: new Date(0).toISOString() })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

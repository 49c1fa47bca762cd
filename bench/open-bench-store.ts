import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, SCHEMA_LOCK_KEY, type Store } from "../src/store/open-store.js";

/** A fresh store for one benchmark: a new SQLite file, or a new PostgreSQL schema (null when none answers). */
export async function openBenchStore(
  kind: "sqlite" | "postgres",
): Promise<{ store: Store; pgSchema?: string; cleanup: () => Promise<void> } | null> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "followthrough-bench-"));
    const store = await openStore({ dataDir: dir });
    return {
      store,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const schema = `ft_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = await openStore({ databaseUrl: url, pgSchema: schema });
  return {
    store,
    pgSchema: schema,
    cleanup: async () => {
      await store.close();
      // Exclusive on the schema-change lock, as the tests do (see withSchemaLock).
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query("select pg_advisory_lock($1)", [SCHEMA_LOCK_KEY]);
      await c.query(`drop schema ${schema} cascade`);
      await c.query("select pg_advisory_unlock($1)", [SCHEMA_LOCK_KEY]);
      await c.end();
    },
  };
}

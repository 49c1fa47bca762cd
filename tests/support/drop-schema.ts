import pg from "pg";
import { SCHEMA_LOCK_KEY } from "../../src/store/open-store.js";

/**
 * Drops a test's PostgreSQL schema while holding the schema-change lock exclusively, so no other
 * test's migration is looking at the list of schemas at that moment (see withSchemaLock).
 */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [SCHEMA_LOCK_KEY]);
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.query("select pg_advisory_unlock($1)", [SCHEMA_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** Makes a test's own PostgreSQL schema, for a store opened on it (pgSchema or search_path). */
export async function createSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema ${schema}`);
  } finally {
    await client.end();
  }
}

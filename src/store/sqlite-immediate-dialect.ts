import type BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteDialect,
  SqliteDriver,
} from "kysely";
import { retryWhileBusy } from "./store-busy.js";

/**
 * SQLite as several processes use it at once (the server and a CLI command): every transaction
 * begins IMMEDIATE, taking the write lock up front — a deferred transaction that later upgrades
 * to a write fails at once with BUSY, whatever the busy timeout — and both that BEGIN and any
 * statement outside a transaction are retried while another process holds the lock. The wait is
 * asynchronous (better-sqlite3's own busy timeout would block the event loop), so a busy store
 * delays one request and never freezes the server.
 */
export class SqliteImmediateDialect extends SqliteDialect {
  readonly #database: BetterSqlite3.Database;

  constructor(database: BetterSqlite3.Database) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new SqliteImmediateDriver(this.#database);
  }
}

class SqliteImmediateDriver extends SqliteDriver {
  readonly #database: BetterSqlite3.Database;

  constructor(database: BetterSqlite3.Database) {
    super({ database });
    this.#database = database;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    const database = this.#database;
    return {
      executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        // Inside a transaction the write lock is already held: no statement can meet BUSY there.
        if (database.inTransaction) return connection.executeQuery<R>(query);
        return retryWhileBusy(() => connection.executeQuery<R>(query));
      },
      streamQuery: connection.streamQuery.bind(connection),
    };
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

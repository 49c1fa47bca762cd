import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";

/**
 * Whom a PostgreSQL query acts for, as row-level security reads it (migration
 * 2026-12-04T0900-row-level-security): one account's rows, every account's (the workers that
 * serve all accounts, and migrations), or none (better-auth's own tables, which have no policy;
 * every account-owned table shows such a query no rows).
 */
export type Tenant = { account: string } | "every-account" | "none";

/** The settings the policies read; both are transaction-local (`set_config(…, true)`). */
export const TENANT_SETTING = "app.account_id";
export const EVERY_ACCOUNT_SETTING = "app.every_account";

/**
 * A driver that runs each of the store's queries for its tenant: a transaction begins with
 * `set_config('app.account_id', …, true)` (SET LOCAL: it ends with the transaction, so a pooled
 * connection never carries it to the next user), and a query outside a transaction runs in one
 * of its own that sets it first. So no query for an account can run without its tenant, whatever
 * code opened it.
 */
export class TenantDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly tenant: Tenant,
  ) {}

  /** The inner driver is shared by every tenant of a store; its init only takes the pool. */
  async init(): Promise<void> {
    await this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new TenantConnection(await this.inner.acquireConnection(), this.tenant);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const c = connection as TenantConnection;
    await this.inner.beginTransaction(c.inner, settings);
    c.inTransaction = true;
    await c.setTenant();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as TenantConnection;
    c.inTransaction = false;
    await this.inner.commitTransaction(c.inner);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as TenantConnection;
    c.inTransaction = false;
    await this.inner.rollbackTransaction(c.inner);
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: Compile) {
    await this.inner.savepoint?.((connection as TenantConnection).inner, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: Compile) {
    await this.inner.rollbackToSavepoint?.((connection as TenantConnection).inner, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: Compile) {
    await this.inner.releaseSavepoint?.((connection as TenantConnection).inner, name, compile);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as TenantConnection;
    c.inTransaction = false;
    await this.inner.releaseConnection(c.inner);
  }

  /** The pool belongs to the store, which ends it once (Store.close). */
  async destroy(): Promise<void> {}
}

type Compile = QueryCompiler["compileQuery"];

class TenantConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly tenant: Tenant,
  ) {}

  async setTenant(): Promise<void> {
    if (this.tenant === "none") return;
    await this.inner.executeQuery(
      this.tenant === "every-account"
        ? CompiledQuery.raw(`select set_config('${EVERY_ACCOUNT_SETTING}', 'on', true)`)
        : CompiledQuery.raw(`select set_config('${TENANT_SETTING}', $1, true)`, [
            this.tenant.account,
          ]),
    );
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction || this.tenant === "none") return this.inner.executeQuery<R>(query);
    return this.alone(() => this.inner.executeQuery<R>(query));
  }

  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    if (this.inTransaction || this.tenant === "none") {
      yield* this.inner.streamQuery<R>(query, chunkSize);
      return;
    }
    const rows = await this.alone(async () => {
      const chunks: QueryResult<R>[] = [];
      for await (const chunk of this.inner.streamQuery<R>(query, chunkSize)) chunks.push(chunk);
      return chunks;
    });
    yield* rows;
  }

  /** One query outside a transaction: in a transaction of its own that sets the tenant first. */
  private async alone<T>(work: () => Promise<T>): Promise<T> {
    await this.inner.executeQuery(CompiledQuery.raw("begin"));
    try {
      await this.setTenant();
      const result = await work();
      await this.inner.executeQuery(CompiledQuery.raw("commit"));
      return result;
    } catch (error) {
      await this.inner.executeQuery(CompiledQuery.raw("rollback")).catch(() => undefined);
      throw error;
    }
  }
}

import type { Kysely } from "kysely";
import type { Clock } from "../shared/clock.js";
import type { Store } from "../store/open-store.js";
import type { Database } from "../store/schema.js";

/** What every use case needs: the store, whose records, and what time it is. */
export interface UseCaseContext {
  db: Kysely<Database>;
  accountId: string;
  now: Clock;
}

/**
 * The context of one account's work. Its db is the store as that account sees it: on PostgreSQL
 * every query runs with the tenant set for row-level security (store/tenant-driver.ts).
 */
export function accountContext(
  store: Pick<Store, "forAccount">,
  accountId: string,
  now: Clock,
): UseCaseContext {
  return { db: store.forAccount(accountId), accountId, now };
}

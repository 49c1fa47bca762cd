import type { Kysely } from "kysely";
import type { Clock } from "../shared/clock.js";
import type { Database } from "../store/schema.js";

/** What every use case needs: the store, whose records, and what time it is. */
export interface UseCaseContext {
  db: Kysely<Database>;
  accountId: string;
  now: Clock;
}

import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/**
 * Counts one more attempt under `key` (an email's digest and a path, see per-email-limits.ts) in
 * a fixed window of `windowMs`, and returns how many the window holds now, with when it ends.
 * One statement, so two processes counting the same key at once both count. The row shares
 * better-auth's counters table; for these keys `last_request` holds when the window ENDS, so
 * better-auth's pruning (rows older than its longest window) never drops a window early.
 */
export async function countAttempt(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  nowMs: number,
): Promise<{ count: number; windowEndsMs: number }> {
  const endsIfNew = nowMs + windowMs;
  const row = await db
    .insertInto("authRateLimits")
    .values({ id: randomUUID(), key, count: 1, lastRequest: endsIfNew })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => {
        const over = eb(eb.ref("authRateLimits.lastRequest"), "<=", nowMs);
        return {
          count: eb
            .case()
            .when(over)
            .then(eb.lit(1))
            .else(eb(eb.ref("authRateLimits.count"), "+", eb.lit(1)))
            .end(),
          lastRequest: eb
            .case()
            .when(over)
            .then(eb.val(endsIfNew))
            .else(eb.ref("authRateLimits.lastRequest"))
            .end(),
        };
      }),
    )
    .returning(["count", "lastRequest"])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowEndsMs: Number(row.lastRequest) };
}

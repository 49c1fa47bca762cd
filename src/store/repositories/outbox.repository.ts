import type { ExpressionBuilder, Kysely } from "kysely";
import type { StoreKind } from "../open-store.js";
import type { Database, OutboxTable } from "../schema.js";

export const OUTBOX_STATES = ["queued", "sending", "sent", "failed", "cancelled"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
export type OutboxKind = "action" | "digest";

export interface OutboxEntry extends Omit<OutboxTable, "state" | "kind"> {
  state: OutboxState;
  kind: OutboxKind;
}

export interface Lease {
  workerId: string;
  /** The clock's now, UTC ISO. */
  now: string;
  /** When the lease runs out and another worker may take the entry over. */
  leaseUntil: string;
}

/** Inserts the entry unless its idempotency key is taken; true when this call inserted it. */
export async function insertOutboxEntry(
  db: Kysely<Database>,
  entry: OutboxEntry,
): Promise<boolean> {
  const result = await db
    .insertInto("outbox")
    .values(entry)
    .onConflict((oc) => oc.columns(["accountId", "idempotencyKey"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findOutboxByKey(
  db: Kysely<Database>,
  accountId: string,
  idempotencyKey: string,
): Promise<OutboxEntry | null> {
  const row = await db
    .selectFrom("outbox")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("idempotencyKey", "=", idempotencyKey)
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

export async function getOutboxEntry(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<OutboxEntry | null> {
  const row = await db
    .selectFrom("outbox")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

export async function listOutboxEntries(
  db: Kysely<Database>,
  accountId: string,
): Promise<OutboxEntry[]> {
  const rows = await db
    .selectFrom("outbox")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .execute();
  return rows.map(toEntry);
}

/** Queued and due, or stuck in `sending` past its lease (its worker died). */
function isDue(eb: ExpressionBuilder<Database, "outbox">, now: string) {
  return eb.or([
    eb.and([eb("state", "=", "queued"), eb("nextAttemptAt", "<=", now)]),
    eb.and([eb("state", "=", "sending"), eb("lockedUntil", "<", now)]),
  ]);
}

/**
 * Takes the next due entry for this worker with a lease, in one statement. On PostgreSQL the
 * sub-select locks the row with FOR UPDATE SKIP LOCKED, so concurrent workers never take the same
 * entry; on SQLite the single writer serialises the UPDATE.
 */
export async function claimNextDue(
  db: Kysely<Database>,
  kind: StoreKind,
  lease: Lease,
  onlyId?: string,
): Promise<OutboxEntry | null> {
  const row = await db
    .updateTable("outbox")
    .set((eb) => ({
      state: "sending",
      lockedBy: lease.workerId,
      lockedUntil: lease.leaseUntil,
      attempts: eb("attempts", "+", 1),
      updatedAt: lease.now,
    }))
    .where("id", "=", (eb) => {
      let pick = eb
        .selectFrom("outbox")
        .select("id")
        .where((w) => isDue(w, lease.now));
      if (onlyId !== undefined) pick = pick.where("id", "=", onlyId);
      pick = pick.orderBy("nextAttemptAt").orderBy("id").limit(1);
      return kind === "postgres" ? pick.forUpdate().skipLocked() : pick;
    })
    .where((eb) => isDue(eb, lease.now))
    .returningAll()
    .executeTakeFirst();
  return row ? toEntry(row) : null;
}

/** Extends a lease this worker still holds (`sending`, `locked_by` = it); false when it does not. */
export async function renewLease(db: Kysely<Database>, id: string, lease: Lease): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ lockedUntil: lease.leaseUntil, updatedAt: lease.now })
    .where("id", "=", id)
    .where("state", "=", "sending")
    .where("lockedBy", "=", lease.workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Records the SMTP server's acceptance, only while this worker still holds the entry (`sending`,
 * `locked_by` = this worker). False when it does not: another worker took it over after this
 * worker's lease ran out, and that worker records it.
 */
export async function markOutboxSent(
  db: Kysely<Database>,
  id: string,
  workerId: string,
  change: { sentAt: string; smtpResponse: string; correspondenceId: string | null; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({
      state: "sent",
      sentAt: change.sentAt,
      smtpResponse: change.smtpResponse,
      correspondenceId: change.correspondenceId,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      updatedAt: change.now,
    })
    .where("id", "=", id)
    .where("state", "=", "sending")
    .where("lockedBy", "=", workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Ends this worker's attempt: back to `queued` for a retry, or a final `failed`/`cancelled`.
 * False when this worker no longer holds the entry (nothing is changed then).
 */
export async function releaseOutboxEntry(
  db: Kysely<Database>,
  id: string,
  workerId: string,
  change: {
    state: "queued" | "failed" | "cancelled";
    lastError: string;
    nextAttemptAt?: string;
    now: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({
      state: change.state,
      lastError: change.lastError,
      lockedBy: null,
      lockedUntil: null,
      updatedAt: change.now,
      ...(change.nextAttemptAt === undefined ? {} : { nextAttemptAt: change.nextAttemptAt }),
    })
    .where("id", "=", id)
    .where("state", "=", "sending")
    .where("lockedBy", "=", workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A failed entry queued again by the user (nothing of it was accepted, so this is no re-send). */
export async function requeueFailedEntry(
  db: Kysely<Database>,
  accountId: string,
  id: string,
  change: { nextAttemptAt: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({
      state: "queued",
      attempts: 0,
      sendAt: change.nextAttemptAt,
      nextAttemptAt: change.nextAttemptAt,
      updatedAt: change.now,
    })
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .where("state", "=", "failed")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function countOutboxByState(
  db: Kysely<Database>,
): Promise<Partial<Record<OutboxState, number>>> {
  const rows = await db
    .selectFrom("outbox")
    .select((eb) => ["state", eb.fn.countAll<string | number>().as("n")])
    .groupBy("state")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

function toEntry(row: OutboxTable): OutboxEntry {
  return { ...row, state: row.state as OutboxState, kind: row.kind as OutboxKind };
}

import { createHash } from "node:crypto";
import { AppError } from "../../errors/app-error.js";
import {
  type ClientWrite,
  type ClientWriteKind,
  claimClientWrite,
  getClientWrite,
  setClientWriteRecord,
} from "../../store/repositories/client-write.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";

/** One write as the phone sent it: the id it made there, and the write's parsed input. */
export interface ClientWriteKey {
  clientId: string | null | undefined;
  kind: ClientWriteKind;
  /** The parsed input without the client id: the same id with another input is refused. */
  input: unknown;
}

export interface OnceSteps<T> {
  /** Makes the record (inside the transaction that holds the client id). */
  write: (tx: UseCaseContext) => Promise<T>;
  recordIdOf: (made: T) => string;
  /** The record an earlier write with the id made, as it is now; null when it is gone. */
  stored: (ctx: UseCaseContext, recordId: string) => Promise<T | null>;
}

const WHAT: Record<ClientWriteKind, string> = {
  interview: "interview",
  contact: "person",
  note: "note",
};

/**
 * Runs a write once per client id (issue 13: capture on the phone, sent again when a connection
 * returns or an answer was lost). Without an id it simply writes. With one, the first write claims
 * the id in its own transaction and records what it made; a write sent again with the id makes
 * nothing and answers with that record. Two sent at once make one record: the claim is the
 * table's primary key, so the second waits for the first and then answers with its record.
 */
export async function oncePerClientId<T>(
  ctx: UseCaseContext,
  key: ClientWriteKey,
  steps: OnceSteps<T>,
): Promise<T> {
  const { clientId } = key;
  if (!clientId) return steps.write(ctx);
  const requestHash = hashInput(key.input);
  const earlier = await getClientWrite(ctx.db, ctx.accountId, clientId);
  if (earlier?.recordId) return replay(ctx, earlier, key.kind, requestHash, steps);
  return inTransaction(ctx, async (tx) => {
    const claimed = await claimClientWrite(
      tx.db,
      tx.accountId,
      { clientId, kind: key.kind, requestHash },
      tx.now(),
    );
    if (!claimed) {
      const winner = await getClientWrite(tx.db, tx.accountId, clientId);
      if (winner?.recordId) return replay(tx, winner, key.kind, requestHash, steps);
    }
    const made = await steps.write(tx);
    await setClientWriteRecord(tx.db, tx.accountId, clientId, steps.recordIdOf(made));
    return made;
  });
}

async function replay<T>(
  ctx: UseCaseContext,
  earlier: ClientWrite,
  kind: ClientWriteKind,
  requestHash: string,
  steps: OnceSteps<T>,
): Promise<T> {
  if (earlier.kind !== kind || earlier.requestHash !== requestHash) {
    throw new AppError(
      "CONFLICT",
      `This write's id was used already for a different ${WHAT[earlier.kind]}; nothing was written.`,
      {
        field: "clientId",
        accepted: "a new id for a new write, or the same write again with its own id",
      },
    );
  }
  const stored = await steps.stored(ctx, earlier.recordId as string);
  if (stored) return stored;
  throw new AppError(
    "CONFLICT",
    `This ${WHAT[kind]} was saved before and has since been deleted or forgotten; nothing new was written.`,
    {
      field: "clientId",
      accepted: "nothing: discard this write, or restore the record from Recently deleted",
    },
  );
}

/** The parsed input, hashed: zod gives its keys in the schema's order, so equal inputs match. */
function hashInput(input: unknown): string {
  return createHash("sha256").update(JSON.stringify(input)).digest("base64url");
}

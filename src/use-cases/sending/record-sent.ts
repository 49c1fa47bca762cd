import type { Correspondence, FollowUpAction, Interview } from "../../core/domain/types.js";
import { newId } from "../../shared/new-id.js";
import { getAction, updateAction } from "../../store/repositories/action.repository.js";
import { insertCorrespondence } from "../../store/repositories/correspondence.repository.js";
import { deleteDraftEdits } from "../../store/repositories/draft-edits.repository.js";
import { getInterview } from "../../store/repositories/interview.repository.js";
import { markOutboxSent, type OutboxEntry } from "../../store/repositories/outbox.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { replanInterviewCompany } from "../planning/replan-interview-company.js";
import type { DeliveryOutcome, DeliveryStep } from "./deliver-next.js";
import type { LeaseHold } from "./hold-lease.js";

const RECORD_TRIES = 6;

/** The message the server accepted, with the records read before sending. */
export interface SentMessage {
  entry: OutboxEntry;
  action: FollowUpAction | null;
  interview: Interview | null;
}

export interface RecordDeps {
  workerId: string;
  /** Renewed while the record is tried; once it is found taken, trying stops. */
  lease?: LeaseHold;
  /** Told about what could not be recorded (see above) and a failed re-plan. */
  onError?: (error: unknown, entry: OutboxEntry) => void;
  onStep?: (step: DeliveryStep) => void;
}

/**
 * The server accepted the message: in ONE transaction the entry becomes `sent`, the message is
 * kept as outgoing correspondence with its Message-ID (R25) and the action becomes `sent` — only
 * while this worker still holds the entry; otherwise nothing is written and the outcome is
 * `lost` (the worker that took it over records it). Between the server's answer and this commit
 * a crash causes a second delivery, so a failing write is tried again, the lease renewed
 * meanwhile, before the entry is left to its lease. Re-planning follows in its own transaction:
 * it can fail without putting what was sent in doubt.
 */
export async function recordSent(
  base: Pick<UseCaseContext, "db" | "now">,
  sent: SentMessage,
  smtpResponse: string,
  deps: RecordDeps,
): Promise<DeliveryOutcome> {
  const { entry } = sent;
  const ctx: UseCaseContext = { ...base, accountId: entry.accountId };
  const lost = (reason: string): DeliveryOutcome => {
    deps.onStep?.({ step: "lost", entry, detail: reason });
    return { result: "lost", entry, reason };
  };
  let lastError: unknown;
  for (let attempt = 0; attempt < RECORD_TRIES; attempt++) {
    if (deps.lease?.signal.aborted) return lost(NOT_HELD);
    try {
      const sentAt = ctx.now();
      await inTransaction(ctx, (tx) => writeSent(tx, sent, smtpResponse, sentAt, deps.workerId));
      deps.onStep?.({ step: "recorded", entry });
      deps.lease?.stop();
      await replanAfter(ctx, entry, deps.onError);
      return {
        result: "sent",
        entry: { ...entry, state: "sent", sentAt, smtpResponse, lockedBy: null, lockedUntil: null },
      };
    } catch (error) {
      if (error instanceof NotHeld) return lost(NOT_HELD);
      lastError = error;
      deps.onStep?.({ step: "record-failed", entry, detail: (error as Error)?.message });
      if (attempt < RECORD_TRIES - 1)
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
  deps.onError?.(lastError, entry);
  throw lastError;
}

const NOT_HELD =
  "The server accepted the message, but another worker holds it now (this worker's lease had run out), so that worker records it.";

async function writeSent(
  tx: UseCaseContext,
  { entry, action, interview }: SentMessage,
  smtpResponse: string,
  sentAt: string,
  workerId: string,
): Promise<void> {
  const correspondenceId = action && interview ? newId("cr") : null;
  if (correspondenceId !== null && action && interview) {
    const entryOnRecord: Correspondence = {
      id: correspondenceId,
      applicationId: interview.applicationId,
      interviewId: interview.id,
      direction: "out",
      channel: "email",
      occurredAt: sentAt,
      contactIds: action.contactId ? [action.contactId] : [],
      subject: entry.subject,
      body: entry.body,
      messageId: `<${entry.messageId}>`,
      threadId: null,
      inReplyTo: null,
      actionId: action.id,
      createdAt: sentAt,
    };
    await insertCorrespondence(tx.db, tx.accountId, entryOnRecord);
  }
  const held = await markOutboxSent(tx.db, entry.id, workerId, {
    sentAt,
    smtpResponse,
    correspondenceId,
    now: sentAt,
  });
  // Another worker took the entry over after this worker's lease ran out: roll back our record.
  if (!held) throw new NotHeld();
  // Re-read: the plan may have moved the action while its message was on the wire.
  const current = action ? await getAction(tx.db, tx.accountId, action.id) : null;
  if (current) {
    await updateAction(
      tx.db,
      tx.accountId,
      { ...current, status: "sent", doneAt: sentAt, correspondenceId },
      sentAt,
    );
    // What went out is on record now; no draft of it stays behind.
    await deleteDraftEdits(tx.db, tx.accountId, current.id);
  }
}

class NotHeld extends Error {}

async function replanAfter(
  ctx: UseCaseContext,
  entry: OutboxEntry,
  onError?: (error: unknown, entry: OutboxEntry) => void,
): Promise<void> {
  if (!entry.actionId) return;
  try {
    await inTransaction(ctx, async (tx) => {
      const action = await getAction(tx.db, tx.accountId, entry.actionId as string);
      const interview = action ? await getInterview(tx.db, tx.accountId, action.interviewId) : null;
      if (interview) await replanInterviewCompany(tx, interview);
    });
  } catch (error) {
    // The next change re-plans this company anyway; what was sent is already on record.
    onError?.(error, entry);
  }
}

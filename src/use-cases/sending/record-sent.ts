import type { Correspondence, FollowUpAction, Interview } from "../../core/domain/types.js";
import { newId } from "../../shared/new-id.js";
import { getAction, updateAction } from "../../store/repositories/action.repository.js";
import { insertCorrespondence } from "../../store/repositories/correspondence.repository.js";
import { getInterview } from "../../store/repositories/interview.repository.js";
import { markOutboxSent, type OutboxEntry } from "../../store/repositories/outbox.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { replanInterviewCompany } from "../planning/replan-interview-company.js";
import type { DeliveryOutcome } from "./deliver-next.js";

const RECORD_TRIES = 6;

/** The message the server accepted, with the records read before sending. */
export interface SentMessage {
  entry: OutboxEntry;
  action: FollowUpAction | null;
  interview: Interview | null;
}

/**
 * The server accepted the message: in ONE transaction the entry becomes `sent`, the message is
 * kept as outgoing correspondence with its Message-ID (R25) and the action becomes `sent`. This
 * is the one window where a crash can cause a second delivery, so a failing write is tried again
 * (the database may be briefly busy) before the entry is left to its lease. Re-planning follows in
 * its own transaction: it can fail without putting what was sent in doubt.
 */
export async function recordSent(
  base: Pick<UseCaseContext, "db" | "now">,
  sent: SentMessage,
  smtpResponse: string,
  onError?: (error: unknown, entry: OutboxEntry) => void,
): Promise<DeliveryOutcome> {
  const { entry } = sent;
  const ctx: UseCaseContext = { ...base, accountId: entry.accountId };
  let lastError: unknown;
  for (let attempt = 0; attempt < RECORD_TRIES; attempt++) {
    try {
      const sentAt = ctx.now();
      await inTransaction(ctx, (tx) => writeSent(tx, sent, smtpResponse, sentAt));
      await replanAfter(ctx, entry, onError);
      return {
        result: "sent",
        recorded: true,
        entry: { ...entry, state: "sent", sentAt, smtpResponse, lockedBy: null, lockedUntil: null },
      };
    } catch (error) {
      if (error instanceof AlreadyRecorded)
        return {
          result: "sent",
          recorded: false,
          entry: { ...entry, state: "sent", smtpResponse },
        };
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
  onError?.(lastError, entry);
  throw lastError;
}

async function writeSent(
  tx: UseCaseContext,
  { entry, action, interview }: SentMessage,
  smtpResponse: string,
  sentAt: string,
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
  const first = await markOutboxSent(tx.db, entry.id, {
    sentAt,
    smtpResponse,
    correspondenceId,
    now: sentAt,
  });
  // Recorded already by another worker whose lease ran out on ours: roll back our record.
  if (!first) throw new AlreadyRecorded();
  // Re-read: the plan may have moved the action while its message was on the wire.
  const current = action ? await getAction(tx.db, tx.accountId, action.id) : null;
  if (current) {
    await updateAction(
      tx.db,
      tx.accountId,
      { ...current, status: "sent", doneAt: sentAt, correspondenceId },
      sentAt,
    );
  }
}

class AlreadyRecorded extends Error {}

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

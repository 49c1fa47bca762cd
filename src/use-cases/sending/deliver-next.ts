import type { FollowUpAction } from "../../core/domain/types.js";
import { classifySmtpError } from "../../delivery/smtp/classify-smtp-error.js";
import type { SmtpSender } from "../../delivery/smtp/smtp-sender.js";
import type { StoreKind } from "../../store/open-store.js";
import { getAction } from "../../store/repositories/action.repository.js";
import { getInterview } from "../../store/repositories/interview.repository.js";
import {
  claimNextDue,
  type OutboxEntry,
  releaseOutboxEntry,
} from "../../store/repositories/outbox.repository.js";
import { findSmtpSettings } from "../../store/repositories/smtp-settings.repository.js";
import type { UseCaseContext } from "../context.js";
import { recordSent } from "./record-sent.js";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-delay.js";

export interface DeliveryDeps {
  kind: StoreKind;
  sender: SmtpSender;
  /** Names this process in `locked_by`. */
  workerId: string;
  /** How long a claim holds; a worker that dies mid-send frees its entry after this. */
  leaseMs: number;
  maxAttempts?: number;
  random?: () => number;
  /** Told about what could not be recorded after the server accepted (see recordSent). */
  onError?: (error: unknown, entry: OutboxEntry) => void;
}

export type DeliveryOutcome =
  | { result: "sent"; entry: OutboxEntry; recorded: boolean }
  | { result: "retry" | "failed" | "cancelled"; entry: OutboxEntry; reason: string };

/**
 * One step of the outbox state machine: claim the next due entry (or `onlyId`) with a lease,
 * hand its raw bytes to the SMTP server, then record the outcome. Returns null when nothing is due.
 *
 * queued ──claim──▶ sending ──250──▶ sent (+ correspondence, action sent: one transaction)
 *                       │ 4xx / network ──▶ queued again at now + back-off (until MAX_ATTEMPTS)
 *                       │ 5xx / login refused ──▶ failed, with the server's reason
 *                       └ action no longer approved ──▶ cancelled
 * A `sending` entry whose lease ran out (its worker died) is claimed again like a queued one.
 */
export async function deliverNext(
  base: Pick<UseCaseContext, "db" | "now">,
  deps: DeliveryDeps,
  onlyId?: string,
): Promise<DeliveryOutcome | null> {
  const now = base.now();
  const leaseUntil = new Date(Date.parse(now) + deps.leaseMs).toISOString();
  const entry = await claimNextDue(
    base.db,
    deps.kind,
    { workerId: deps.workerId, now, leaseUntil },
    onlyId,
  );
  if (!entry) return null;
  const maxAttempts = deps.maxAttempts ?? MAX_ATTEMPTS;
  const release = async (
    state: "queued" | "failed" | "cancelled",
    reason: string,
    nextAttemptAt?: string,
  ): Promise<DeliveryOutcome> => {
    const change = {
      state,
      lastError: reason,
      now: base.now(),
      ...(nextAttemptAt ? { nextAttemptAt } : {}),
    };
    await releaseOutboxEntry(base.db, entry.id, deps.workerId, change);
    const after = { ...entry, state, lastError: reason, lockedBy: null, lockedUntil: null };
    const result = state === "queued" ? "retry" : state;
    return { result, entry: nextAttemptAt ? { ...after, nextAttemptAt } : after, reason };
  };

  if (entry.attempts > maxAttempts)
    return release(
      "failed",
      `Gave up after ${maxAttempts} attempts; the last one was interrupted mid-send, so the message may or may not have arrived (Message-ID <${entry.messageId}>).`,
    );
  let action: FollowUpAction | null = null;
  if (entry.actionId !== null) {
    action = await getAction(base.db, entry.accountId, entry.actionId);
    if (action?.status !== "approved")
      return release(
        "cancelled",
        `Not sent: the action is now ${action?.status ?? "deleted"} (a reply or a change of plan came first).`,
      );
  }
  // Read before sending, so that after the server's "250" only the writes remain.
  const interview = action
    ? await getInterview(base.db, entry.accountId, action.interviewId)
    : null;
  const settings = await findSmtpSettings(base.db, entry.accountId);
  if (!settings)
    return release(
      "failed",
      "No SMTP server is set up; run `followthrough smtp set`, then send again.",
    );

  let response: string;
  try {
    response = await deps.sender.send(
      entry.accountId,
      settings,
      { from: entry.fromAddress, to: entry.toAddress },
      entry.raw,
    );
  } catch (error) {
    const failure = classifySmtpError(error);
    if (failure.temporary && entry.attempts < maxAttempts) {
      const delay = retryDelayMs(entry.attempts, deps.random);
      const at = new Date(Date.parse(base.now()) + delay).toISOString();
      return release("queued", `Attempt ${entry.attempts}: ${failure.reason}`, at);
    }
    const suffix = failure.temporary ? ` (still failing after ${entry.attempts} attempts)` : "";
    return release("failed", `${failure.reason}${suffix}`);
  }
  return recordSent(base, { entry, action, interview }, response, deps.onError);
}

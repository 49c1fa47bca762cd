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
import {
  findSmtpSettings,
  type StoredSmtpSettings,
} from "../../store/repositories/smtp-settings.repository.js";
import type { UseCaseContext } from "../context.js";
import { holdLease, type LeaseHold, LeaseNotHeld } from "./hold-lease.js";
import { recordSent } from "./record-sent.js";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-delay.js";

export interface DeliveryDeps {
  kind: StoreKind;
  sender: SmtpSender;
  /** Names this process in `locked_by`. */
  workerId: string;
  /** What a claim (and each renewal, every third of it) grants; a dead worker's claim ends after it. */
  leaseMs: number;
  maxAttempts?: number;
  random?: () => number;
  /** Told about what could not be stored: a lease renewal, the record after the server accepted. */
  onError?: (error: unknown, entry: OutboxEntry) => void;
  /** Told of each step as it happens, synchronously, so a journal line is written before the next. */
  onStep?: (step: DeliveryStep) => void;
}

/**
 * `data`: the lease was just confirmed and the message's bytes go to the server; from here on it
 * may arrive. `lost`: the entry turned out to be another worker's, so nothing was stored.
 */
export type DeliveryStepName =
  | "claimed"
  | "data"
  | "accepted"
  | "record-failed"
  | "recorded"
  | "released"
  | "lost";

export interface DeliveryStep {
  step: DeliveryStepName;
  entry: OutboxEntry;
  detail?: string;
}

export type DeliveryOutcome =
  | { result: "sent"; entry: OutboxEntry }
  | { result: "retry" | "failed" | "cancelled"; entry: OutboxEntry; reason: string }
  /** This worker no longer held the entry: it recorded nothing; the worker holding it will. */
  | { result: "lost"; entry: OutboxEntry; reason: string };

/**
 * One step of the outbox state machine: claim the next due entry (or `onlyId`) with a lease, hand
 * its raw bytes to the SMTP server, then record the outcome. Returns null when nothing is due.
 *
 * queued ──claim──▶ sending ──250──▶ sent (+ correspondence, action sent: one transaction)
 *                       │ 4xx / network ──▶ queued again at now + back-off (until MAX_ATTEMPTS)
 *                       │ 5xx / login refused ──▶ failed, with the server's reason
 *                       └ action no longer approved ──▶ cancelled
 * A `sending` entry whose lease ran out (its worker died) is claimed again like a queued one.
 * The lease is renewed while this worker holds the entry, and confirmed once more just before the
 * message's bytes go out; every write of the outcome is made only while it is still held.
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
  deps.onStep?.({ step: "claimed", entry, detail: `attempt ${entry.attempts}` });
  const lease = holdLease(base.db, entry.id, {
    workerId: deps.workerId,
    leaseMs: deps.leaseMs,
    now: base.now,
    onError: (error) => deps.onError?.(error, entry),
  });
  try {
    return await deliverClaimed(base, deps, entry, lease);
  } finally {
    lease.stop();
  }
}

async function deliverClaimed(
  base: Pick<UseCaseContext, "db" | "now">,
  deps: DeliveryDeps,
  entry: OutboxEntry,
  lease: LeaseHold,
): Promise<DeliveryOutcome> {
  const maxAttempts = deps.maxAttempts ?? MAX_ATTEMPTS;
  const release = (state: "queued" | "failed" | "cancelled", reason: string, at?: string) =>
    releaseHeld(base, deps, entry, { state, reason, at });

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

  const sending = await send(deps, entry, settings, lease);
  if ("response" in sending)
    return recordSent(base, { entry, action, interview }, sending.response, {
      workerId: deps.workerId,
      lease,
      onError: deps.onError,
      onStep: deps.onStep,
    });
  const { error, afterData } = sending;
  if (error instanceof LeaseNotHeld && error.taken) return lost(deps, entry, error.message);
  if (error instanceof LeaseNotHeld)
    return release("queued", `Attempt ${entry.attempts}: ${error.message}`, base.now());
  const failure = classifySmtpError(error, { afterData });
  if (failure.temporary && entry.attempts < maxAttempts) {
    const delay = retryDelayMs(entry.attempts, deps.random);
    const at = new Date(Date.parse(base.now()) + delay).toISOString();
    return release("queued", `Attempt ${entry.attempts}: ${failure.reason}`, at);
  }
  const suffix = failure.temporary ? ` (still failing after ${entry.attempts} attempts)` : "";
  return release("failed", `${failure.reason}${suffix}`);
}

/** Hands the message to the server; the lease is confirmed between the 354 and its first byte. */
async function send(
  deps: DeliveryDeps,
  entry: OutboxEntry,
  settings: StoredSmtpSettings,
  lease: LeaseHold,
): Promise<{ response: string } | { error: unknown; afterData: boolean }> {
  let afterData = false;
  try {
    const response = await deps.sender.send(
      entry.accountId,
      settings,
      { from: entry.fromAddress, to: entry.toAddress },
      entry.raw,
      {
        // A renewal that finds the entry taken closes the connection: before the end of the
        // data that means nothing arrives; after it, it changes nothing.
        signal: lease.signal,
        beforeData: async () => {
          await lease.confirm();
          afterData = true;
          deps.onStep?.({ step: "data", entry });
        },
      },
    );
    deps.onStep?.({ step: "accepted", entry, detail: response });
    return { response };
  } catch (error) {
    return { error, afterData };
  }
}

async function releaseHeld(
  base: Pick<UseCaseContext, "db" | "now">,
  deps: DeliveryDeps,
  entry: OutboxEntry,
  change: { state: "queued" | "failed" | "cancelled"; reason: string; at?: string },
): Promise<DeliveryOutcome> {
  const { state, reason, at } = change;
  const held = await releaseOutboxEntry(base.db, entry.id, deps.workerId, {
    state,
    lastError: reason,
    now: base.now(),
    ...(at ? { nextAttemptAt: at } : {}),
  });
  if (!held) return lost(deps, entry, `Not recorded as ${state} (${reason}): ${NOT_HELD}`);
  deps.onStep?.({ step: "released", entry, detail: `${state}: ${reason}` });
  const after = { ...entry, state, lastError: reason, lockedBy: null, lockedUntil: null };
  const result = state === "queued" ? "retry" : state;
  return { result, entry: at ? { ...after, nextAttemptAt: at } : after, reason };
}

const NOT_HELD = "another worker holds this message now (this worker's lease had run out).";

function lost(deps: DeliveryDeps, entry: OutboxEntry, reason: string): DeliveryOutcome {
  deps.onStep?.({ step: "lost", entry, detail: reason });
  return { result: "lost", entry, reason };
}

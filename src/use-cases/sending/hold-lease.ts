import type { Kysely } from "kysely";
import type { Clock } from "../../shared/clock.js";
import { renewLease } from "../../store/repositories/outbox.repository.js";
import type { Database } from "../../store/schema.js";

/** This worker cannot (or can no longer) say that it holds the entry. */
export class LeaseNotHeld extends Error {
  /** True when the store said so (another worker has it); false when the store did not answer. */
  readonly taken: boolean;

  constructor(taken: boolean, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "LeaseNotHeld";
    this.taken = taken;
  }
}

/** A claimed entry's lease, renewed in the background until stopped. */
export interface LeaseHold {
  /** Aborted (with a LeaseNotHeld) once a renewal finds the entry no longer this worker's. */
  readonly signal: AbortSignal;
  /** Renews now; rejects with LeaseNotHeld when the entry is taken or the store stays silent. */
  confirm(): Promise<void>;
  /** Stops renewing: the entry is recorded or released, or left to its lease. */
  stop(): void;
}

export interface HoldLeaseOptions {
  workerId: string;
  /** What each claim and renewal grants; renewals come every third of it. */
  leaseMs: number;
  now: Clock;
  onError?: (error: unknown) => void;
}

/**
 * Keeps a claimed entry's lease alive while this worker works on it, so the lease runs out only
 * when the worker cannot renew it: it died, froze, or lost its database for two thirds of a lease.
 * Renewals are one at a time; a failed one is tried again sooner.
 */
export function holdLease(db: Kysely<Database>, entryId: string, o: HoldLeaseOptions): LeaseHold {
  const controller = new AbortController();
  const period = Math.max(1, Math.floor(o.leaseMs / 3));
  const retry = Math.max(1, Math.floor(o.leaseMs / 12));
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const renewOnce = (): Promise<boolean> => {
    const run = queue.then(async () => {
      if (controller.signal.aborted) return false;
      const at = o.now();
      const leaseUntil = new Date(Date.parse(at) + o.leaseMs).toISOString();
      const held = await renewLease(db, entryId, { workerId: o.workerId, now: at, leaseUntil });
      // After stop the entry is recorded or released by this worker: not held is expected then.
      if (!held && !stopped)
        controller.abort(
          new LeaseNotHeld(
            true,
            "Another worker has taken this message over: this worker's lease ran out (the process was stopped or frozen for longer than the lease).",
          ),
        );
      return held;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const schedule = (ms: number): void => {
    if (stopped || controller.signal.aborted) return;
    timer = setTimeout(() => {
      renewOnce().then(
        (held) => held && schedule(period),
        (error: unknown) => {
          o.onError?.(error);
          schedule(retry);
        },
      );
    }, ms);
  };
  schedule(period);

  return {
    signal: controller.signal,
    async confirm() {
      const giveUpAt = Date.now() + o.leaseMs / 4;
      for (;;) {
        try {
          if (await renewOnce()) return;
          throw controller.signal.reason ?? new LeaseNotHeld(true, "The lease is not held.");
        } catch (error) {
          if (error instanceof LeaseNotHeld) throw error;
          if (Date.now() >= giveUpAt)
            throw new LeaseNotHeld(
              false,
              "The store did not confirm this worker's claim on the message, so it was not sent.",
              { cause: error },
            );
          await new Promise((resolve) => setTimeout(resolve, Math.min(200, retry)));
        }
      }
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

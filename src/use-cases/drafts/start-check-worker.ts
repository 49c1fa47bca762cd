import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CheckContext, Finding } from "../../core/checks/check.types.js";
import { AppError } from "../../errors/app-error.js";
import type { CheckJob } from "./check-worker.js";

export interface CheckWorker {
  /** The findings of checkDraft(text, context), computed on the worker thread. */
  check(text: string, context: CheckContext, field?: string): Promise<Finding[]>;
  /** Stops the thread; checks still waiting are refused. */
  close(): Promise<void>;
}

export interface CheckWorkerOptions {
  /** How long one check may run before the thread is stopped and replaced. */
  deadlineMs?: number;
  /** Checks waiting beyond this are refused as BUSY. */
  maxWaiting?: number;
  /** The compiled worker script (check-worker.js beside this file in dist/). */
  workerUrl?: URL;
}

interface Waiting extends CheckJob {
  field: string;
  resolve(findings: Finding[]): void;
  reject(error: unknown): void;
}

type Reply = { ready: true } | { id: number; findings: Finding[] } | { id: number; error: string };

/** The checks are bounded (issue 9); a check still running after this is a fault, not the text. */
const DEADLINE_MS = 2_000;
/** A check's heap; the dictionary takes about 15 MB of it. */
const HEAP_MB = 256;

/**
 * One worker thread that runs checkDraft off the main thread, so a long check never holds up
 * other requests. Checks run one at a time, in order; one still running after the deadline gets
 * a clear INVALID_INPUT, and the thread is stopped and replaced. Returns null where there is no
 * compiled worker script (vitest runs the TypeScript sources): the caller checks inline then.
 */
export function startCheckWorker(options: CheckWorkerOptions = {}): CheckWorker | null {
  const url = options.workerUrl ?? new URL("./check-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  const deadlineMs = options.deadlineMs ?? DEADLINE_MS;
  const maxWaiting = options.maxWaiting ?? 32;
  const queue: Waiting[] = [];
  let worker: Worker | null = null;
  let ready = false;
  let running: { job: Waiting; timer: NodeJS.Timeout } | null = null;
  let nextId = 1;
  let closed = false;

  const finish = (outcome: (job: Waiting) => void) => {
    if (running === null) return;
    clearTimeout(running.timer);
    const { job } = running;
    running = null;
    outcome(job);
  };

  const retire = () => {
    const old = worker;
    worker = null;
    ready = false;
    void old?.terminate();
  };

  const spawn = () => {
    const w = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    worker = w;
    w.on("message", (reply: Reply) => {
      if (w !== worker) return;
      if ("ready" in reply) ready = true;
      else if (running?.job.id === reply.id) {
        finish((job) =>
          "findings" in reply ? job.resolve(reply.findings) : job.reject(new Error(reply.error)),
        );
      }
      pump();
    });
    // Out of memory or a crash: the check running is refused, the next ones get a new thread.
    // A thread that fails before it is ready would fail again: the checks waiting are refused.
    const failed = (error?: unknown) => {
      if (w !== worker) return;
      const started = ready;
      retire();
      finish((job) => job.reject(tooComplex(job.field, error)));
      if (!started) {
        const cause = error ?? new Error("The checker thread stopped while starting.");
        for (const job of queue.splice(0)) job.reject(cause);
      }
      pump();
    };
    w.on("error", failed);
    w.on("exit", () => failed());
  };

  const pump = () => {
    if (!closed && running === null && queue.length > 0) {
      if (worker === null) spawn();
      if (ready) dispatch(queue.shift() as Waiting);
    }
    // The thread keeps the process alive only while there is a check to do.
    if (running !== null || queue.length > 0) worker?.ref();
    else worker?.unref();
  };

  const dispatch = (job: Waiting) => {
    try {
      worker?.postMessage({ id: job.id, text: job.text, context: job.context } satisfies CheckJob);
    } catch (error) {
      job.reject(error); // a context that cannot be copied to the thread
      pump();
      return;
    }
    const timer = setTimeout(() => {
      retire();
      finish((j) => j.reject(tooComplex(j.field)));
      pump();
    }, deadlineMs);
    running = { job, timer };
  };

  const tooComplex = (field: string, cause?: unknown) =>
    new AppError(
      "INVALID_INPUT",
      `The text is too long or too complex to check within ${deadlineMs / 1000} s; shorten it or check it in parts.`,
      { field, accepted: "a shorter text", cause },
    );

  return {
    check(text, context, field = "text") {
      if (closed) return Promise.reject(new Error("The checker is closed."));
      if (queue.length >= maxWaiting) {
        return Promise.reject(
          new AppError("BUSY", "The checker is busy; try again in a moment.", { field }),
        );
      }
      return new Promise<Finding[]>((resolve, reject) => {
        queue.push({ id: nextId++, text, context, field, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("The checker is closed."));
      finish((job) => job.reject(new Error("The checker is closed.")));
      const old = worker;
      worker = null;
      await old?.terminate();
    },
  };
}

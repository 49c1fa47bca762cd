import type { CheckContext, Finding } from "../../core/checks/check.types.js";
import { checkDraft } from "../../core/checks/check-draft.js";
import {
  type CheckWorker,
  type CheckWorkerOptions,
  startCheckWorker,
} from "./start-check-worker.js";

let worker: CheckWorker | null = null;

/**
 * Checks a draft the way this process does: on the worker thread the HTTP server started
 * (checkOffThread), else inline (the CLI, the tests). `field` names the input in the error when
 * a text cannot be checked in time.
 */
export async function runCheckDraft(
  text: string,
  context: CheckContext,
  field = "text",
): Promise<Finding[]> {
  return worker === null ? checkDraft(text, context) : worker.check(text, context, field);
}

/**
 * From now on runCheckDraft runs on a worker thread, where the worker is built (dist/); returns
 * the function that stops it, after which checks run inline again.
 */
export function checkOffThread(options?: CheckWorkerOptions): () => Promise<void> {
  const started = startCheckWorker(options);
  if (started === null) return async () => {};
  worker = started;
  return async () => {
    if (worker === started) worker = null;
    await started.close();
  };
}

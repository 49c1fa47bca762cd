// The worker thread of start-check-worker.ts: loads the dictionary once, says so, then checks
// one text per message. Runs only from dist/ (compiled); vitest checks inline instead.
import { parentPort } from "node:worker_threads";
import type { CheckContext } from "../../core/checks/check.types.js";
import { checkDraft } from "../../core/checks/check-draft.js";
import { loadCheckers } from "../../core/checks/load-checkers.js";

export interface CheckJob {
  id: number;
  text: string;
  context: CheckContext;
}

const port = parentPort;
if (port !== null) {
  loadCheckers();
  port.postMessage({ ready: true });
  port.on("message", ({ id, text, context }: CheckJob) => {
    try {
      port.postMessage({ id, findings: checkDraft(text, context) });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

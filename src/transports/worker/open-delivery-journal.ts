import { closeSync, openSync, writeSync } from "node:fs";
import type { DeliveryStep } from "../../use-cases/sending/deliver-next.js";

/** One line of the journal: which worker took which step with which message, and when. */
export interface JournalLine {
  at: string;
  pid: number;
  worker: string;
  step: DeliveryStep["step"];
  entry: string;
  messageId: string;
  attempt: number;
  detail?: string;
}

export interface DeliveryJournal {
  write(step: DeliveryStep): void;
  close(): void;
}

/**
 * Appends each delivery step to `path` as a JSON line, synchronously: the line is in the file
 * before the step that follows it happens, so it survives the process being killed right after.
 */
export function openDeliveryJournal(path: string, workerId: string): DeliveryJournal {
  const fd = openSync(path, "a");
  return {
    write({ step, entry, detail }) {
      const line: JournalLine = {
        at: new Date().toISOString(),
        pid: process.pid,
        worker: workerId,
        step,
        entry: entry.id,
        messageId: entry.messageId,
        attempt: entry.attempts,
        ...(detail === undefined ? {} : { detail }),
      };
      writeSync(fd, `${JSON.stringify(line)}\n`);
    },
    close: () => closeSync(fd),
  };
}

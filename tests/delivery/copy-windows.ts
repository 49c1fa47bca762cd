import { existsSync, readFileSync } from "node:fs";
import type { JournalLine } from "../../src/transports/worker/open-delivery-journal.js";
import type { ReceivedMessage } from "./smtp-sink.js";

/** The worker journal's lines; a line cut short by a kill is skipped. */
export function readJournal(path: string): JournalLine[] {
  if (!existsSync(path)) return [];
  const lines: JournalLine[] = [];
  for (const text of readFileSync(path, "utf8").split("\n")) {
    if (!text.trim()) continue;
    try {
      lines.push(JSON.parse(text) as JournalLine);
    } catch {
      // The last line of a killed process.
    }
  }
  return lines;
}

/**
 * The one window in which a second delivery is allowed, per Message-ID: a worker journalled
 * `data` (its lease confirmed, the message's bytes on their way) and was killed before it
 * journalled the outcome (recorded, released or lost) of that attempt.
 */
export function killWindows(journal: JournalLine[], killedPids: Set<number>): Map<string, number> {
  const open = new Map<string, JournalLine>();
  const key = (l: JournalLine) => `${l.worker} ${l.entry} ${l.attempt}`;
  for (const line of journal) {
    if (line.step === "data") open.set(key(line), line);
    if (line.step === "recorded" || line.step === "released" || line.step === "lost")
      open.delete(key(line));
  }
  const windows = new Map<string, number>();
  for (const line of open.values()) {
    if (!killedPids.has(line.pid)) continue;
    const id = `<${line.messageId}>`;
    windows.set(id, (windows.get(id) ?? 0) + 1);
  }
  return windows;
}

export interface CopyReport {
  /** Deliveries beyond the first, over all messages. */
  copies: number;
  /** Message-IDs delivered more often than their windows allow. */
  unexplained: string[];
  /** How many windows there were (an upper bound on copies). */
  windows: number;
}

/** Every copy of a message must be paid for by one of its windows. */
export function explainCopies(
  received: ReceivedMessage[],
  windows: Map<string, number>,
): CopyReport {
  const deliveries = new Map<string, number>();
  for (const m of received) {
    const id = m.messageId ?? "";
    deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
  }
  let copies = 0;
  const unexplained: string[] = [];
  for (const [id, n] of deliveries) {
    copies += n - 1;
    if (n - 1 > (windows.get(id) ?? 0)) unexplained.push(`${id} ×${n}`);
  }
  const total = [...windows.values()].reduce((a, b) => a + b, 0);
  return { copies, unexplained, windows: total };
}

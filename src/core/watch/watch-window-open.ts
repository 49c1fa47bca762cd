import type { ActionStatus, ApplicationStatus } from "../domain/types.js";

const CLOSED_APPLICATIONS: readonly ApplicationStatus[] = ["hired", "rejected", "withdrawn"];
const OPEN_ACTIONS: readonly ActionStatus[] = ["planned", "drafted", "approved"];

export interface WatchWindowFacts {
  interviewStarts: string[];
  applicationStatuses: ApplicationStatus[];
  actionStatuses: ActionStatus[];
}

/**
 * Whether a company is worth watching now (R20): from its first interview until the decision,
 * and after it while a follow-up is still planned (R17's long-range check-in among them).
 */
export function watchWindowOpen(facts: WatchWindowFacts, now: string): boolean {
  const interviewed = facts.interviewStarts.some((at) => at <= now);
  if (!interviewed) return false;
  const undecided = facts.applicationStatuses.some((s) => !CLOSED_APPLICATIONS.includes(s));
  return undecided || facts.actionStatuses.some((s) => OPEN_ACTIONS.includes(s));
}

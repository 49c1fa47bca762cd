import type { ApplicationStatus, InterviewEvent } from "../../core/domain/types.js";

/**
 * The application's status as its events leave it: the latest decision, withdrawal or next round
 * decides; with none of them it is still interviewing. Used when an event is deleted or restored.
 */
export function statusAfterEvents(events: readonly InterviewEvent[]): ApplicationStatus {
  let status: ApplicationStatus = "interviewing";
  let at = "";
  for (const e of events) {
    const next =
      e.kind === "decision"
        ? e.outcome
        : e.kind === "withdrawn"
          ? "withdrawn"
          : e.kind === "next-round"
            ? "interviewing"
            : null;
    if (next && e.occurredAt >= at) {
      status = next;
      at = e.occurredAt;
    }
  }
  return status;
}

import type {
  ApplicationStatus,
  DecisionOutcome,
  EventKind,
  InterviewEvent,
} from "../../core/domain/types.js";

/**
 * The one description of what an event does to the application's status: a decision sets its
 * outcome (R17), a withdrawal withdraws, a next round is still interviewing (R16); a reply or a
 * call leaves the status as it is (null).
 */
export function statusAfterEvent(
  event: Pick<InterviewEvent, "kind"> & { outcome: DecisionOutcome | null },
): ApplicationStatus | null {
  const byKind: Record<EventKind, ApplicationStatus | null> = {
    decision: event.outcome,
    withdrawn: "withdrawn",
    "next-round": "interviewing",
    reply: null,
    call: null,
  };
  return byKind[event.kind];
}

/**
 * The application's status as its events leave it: the latest decision, withdrawal or next round
 * decides; with none of them it is still interviewing. Used when an event is edited, deleted or
 * restored.
 */
export function statusAfterEvents(events: readonly InterviewEvent[]): ApplicationStatus {
  let status: ApplicationStatus = "interviewing";
  let at = "";
  for (const e of events) {
    const next = statusAfterEvent(e);
    if (next && e.occurredAt >= at) {
      status = next;
      at = e.occurredAt;
    }
  }
  return status;
}

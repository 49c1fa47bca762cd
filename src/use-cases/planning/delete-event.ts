import { AppError, notFound } from "../../errors/app-error.js";
import {
  getApplication,
  updateApplicationStatus,
} from "../../store/repositories/company.repository.js";
import {
  deleteEvent as deleteEventRow,
  getEvent,
  listEventsOfInterviews,
} from "../../store/repositories/event.repository.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import { listInterviewsOfApplication } from "../../store/repositories/timeline.repository.js";
import { putInTrash, type TrashEntry } from "../../store/repositories/trash.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { replanInterviewCompany } from "./replan-interview-company.js";
import { statusAfterEvents } from "./status-after-events.js";

type DeletedEvent = Extract<TrashEntry, { kind: "event" }>;

/**
 * Deletes an event recorded by mistake (a reply that was not one, the wrong decision): the plan
 * is made again as if it had not happened (R16, R17), the application's status follows the events
 * that remain, and the event waits among the recently deleted so the delete can be undone.
 */
export async function deleteEvent(ctx: UseCaseContext, id: string): Promise<DeletedEvent> {
  return inTransaction(ctx, async (tx) => {
    const seen = await getEvent(tx.db, tx.accountId, id);
    if (!seen) throw notFound("event", id, "id");
    await lockCompanyPlanOfInterview(tx.db, tx.accountId, seen.interviewId);
    const event = (await getEvent(tx.db, tx.accountId, id)) ?? seen;
    if (event.nextInterviewId)
      throw new AppError(
        "CONFLICT",
        "This event started the next round's interview, which has its own people, notes and plan; it stays until that interview is deleted.",
        { field: "id", accepted: "an event that did not start a next round" },
      );
    const interview = await requireInterview(tx, event.interviewId);
    const entry: DeletedEvent = {
      id: event.id,
      kind: "event",
      label: `${eventLabel(event.kind, event.outcome)} of ${event.occurredAt.slice(0, 10)}${event.note ? `: “${event.note.slice(0, 60)}”` : ""}`,
      record: event,
      deletedAt: tx.now(),
    };
    await deleteEventRow(tx.db, tx.accountId, id);
    await putInTrash(tx.db, tx.accountId, entry);
    await refreshApplicationStatus(tx, interview.applicationId);
    await replanInterviewCompany(tx, interview);
    return entry;
  });
}

/** Sets the application's status from the events it has now (after a delete or a restore). */
export async function refreshApplicationStatus(
  ctx: UseCaseContext,
  applicationId: string,
): Promise<void> {
  const application = await getApplication(ctx.db, ctx.accountId, applicationId);
  if (!application || application.status === "applied") return;
  const interviews = await listInterviewsOfApplication(ctx.db, ctx.accountId, applicationId);
  const events = await listEventsOfInterviews(
    ctx.db,
    ctx.accountId,
    interviews.map((i) => i.id),
  );
  const status = statusAfterEvents(events);
  if (status !== application.status)
    await updateApplicationStatus(ctx.db, ctx.accountId, applicationId, status);
}

function eventLabel(kind: string, outcome: string | null): string {
  if (kind === "decision") return outcome === "hired" ? "Decision: hired" : "Decision: not hired";
  if (kind === "next-round") return "Next round";
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

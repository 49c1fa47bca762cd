import { instantMs } from "../../core/calendar/instant-ms.js";
import { localDateAt } from "../../core/calendar/zoned-time.js";
import { eventName } from "../../core/planner/event-in-words.js";
import type { PlanChange } from "../../core/planner/plan-changes.js";
import { humanDate } from "../../core/time/human-date.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import {
  getApplication,
  updateApplicationStatus,
} from "../../store/repositories/company.repository.js";
import { listParticipants } from "../../store/repositories/contact.repository.js";
import {
  deleteEvent as deleteEventRow,
  getEvent,
  listEventsOfInterviews,
} from "../../store/repositories/event.repository.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import { listNotesOfInterview } from "../../store/repositories/note.repository.js";
import { listInterviewsOfApplication } from "../../store/repositories/timeline.repository.js";
import { putInTrash, type TrashEntry } from "../../store/repositories/trash.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { personName } from "./person-name.js";
import { replanInterviewCompany } from "./replan-interview-company.js";
import { statusAfterEvents } from "./status-after-events.js";

type TrashedEvent = Extract<TrashEntry, { kind: "event" }>;

/** The deleted event as it can be restored, and what its delete moved in the plan (R16). */
export type DeletedEvent = TrashedEvent & { moved: PlanChange[] };

/**
 * Deletes an event recorded by mistake (a reply that was not one, the wrong decision): the plan
 * is made again as if it had not happened (R16, R17), the application's status follows the events
 * that remain, and the event waits among the recently deleted so the delete can be undone.
 */
export async function deleteEvent(ctx: UseCaseContext, id: string): Promise<DeletedEvent> {
  return inTransaction(ctx, async (tx) => {
    const seen = await getEvent(tx.db, tx.accountId, id);
    if (!seen) throw notFound("event", "id");
    await lockCompanyPlanOfInterview(tx.db, tx.accountId, seen.interviewId);
    const event = (await getEvent(tx.db, tx.accountId, id)) ?? seen;
    const interview = await requireInterview(tx, event.interviewId);
    const thisYear = Number(tx.now().slice(0, 4));
    if (event.nextInterviewId) throw await nextRoundGoesWith(tx, event.nextInterviewId, thisYear);
    const entry: TrashedEvent = {
      id: event.id,
      kind: "event",
      label: `${eventLabel(event.kind, event.outcome)} of ${event.occurredAt.slice(0, 10)}${event.note ? `: “${event.note.slice(0, 60)}”` : ""}`,
      record: event,
      deletedAt: tx.now(),
    };
    await deleteEventRow(tx.db, tx.accountId, id);
    await putInTrash(tx.db, tx.accountId, entry);
    await refreshApplicationStatus(tx, interview.applicationId);
    const who = await personName(tx, event.contactId);
    const name = eventName({ event, who, timeZone: interview.timeZone, thisYear });
    const moved = await replanInterviewCompany(tx, interview, { cause: `${name} was deleted` });
    return { ...entry, moved };
  });
}

/**
 * A next round is a new interview with its own plan (R16): deleting the event that made it would
 * take that interview with it, so the refusal says what goes with it and what to do instead.
 */
async function nextRoundGoesWith(
  ctx: UseCaseContext,
  interviewId: string,
  thisYear: number,
): Promise<AppError> {
  const next = await requireInterview(ctx, interviewId);
  const [people, notes, actions] = await Promise.all([
    listParticipants(ctx.db, ctx.accountId, next.id),
    listNotesOfInterview(ctx.db, ctx.accountId, next.id),
    listActionsOfInterviews(ctx.db, ctx.accountId, [next.id]),
  ]);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const day = humanDate(localDateAt(instantMs(next.startsAt), next.timeZone), thisYear);
  const goes = [
    count(people.length, "person", "people"),
    count(notes.length, "note", "notes"),
    count(actions.length, "planned follow-up", "planned follow-ups"),
  ];
  return new AppError(
    "CONFLICT",
    `This event started round ${next.round} on ${day}; deleting it would take that interview with it: ${goes.slice(0, -1).join(", ")} and ${goes.at(-1)}. It stays; correct the event instead (who, when, the note), or correct the next round's interview.`,
    { field: "id", accepted: "an event that did not start a next round" },
  );
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

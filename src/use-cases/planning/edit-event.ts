import { z } from "zod";
import { instantMs } from "../../core/calendar/instant-ms.js";
import { localDateAt } from "../../core/calendar/zoned-time.js";
import type { InterviewEvent } from "../../core/domain/types.js";
import { eventInWords } from "../../core/planner/event-in-words.js";
import type { PlanChange } from "../../core/planner/plan-changes.js";
import { humanDate } from "../../core/time/human-date.js";
import { parseInstant } from "../../core/time/parse-instant.js";
import { keepSaidTimeline } from "../../core/timeline/keep-timeline.js";
import { AppError, invalidInput, notFound } from "../../errors/app-error.js";
import { getEvent, updateEvent } from "../../store/repositories/event.repository.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { assertContactOnInterview } from "../notes/add-note.js";
import { parseInput } from "../parse-input.js";
import { text } from "../schemas.js";
import { refreshApplicationStatus } from "./delete-event.js";
import { personName } from "./person-name.js";
import { recordEventInput } from "./record-event.js";
import { replanInterviewCompany } from "./replan-interview-company.js";

const [reply, call, withdrawn, decision] = recordEventInput.options;

/**
 * What can be corrected, with recordEvent's own field schemas, each optional: who it came from,
 * when, the note, the timeline words (a reply's or a call's, R11/R16) and a decision's outcome.
 * The kind may change among the events that do not start an interview; a next round cannot be
 * made or unmade here, since it has its own interview (R16).
 */
export const editEventChanges = reply
  .pick({ contactId: true, at: true, note: true, timeline: true })
  .partial()
  .extend({
    kind: z
      .enum([
        reply.shape.kind.value,
        call.shape.kind.value,
        withdrawn.shape.kind.value,
        decision.shape.kind.value,
      ])
      .optional(),
    outcome: decision.shape.outcome.optional(),
  });
export const editEventInput = editEventChanges.extend({ id: text(40) });
export type EditEventInput = z.input<typeof editEventInput>;

export interface EditedEvent {
  event: InterviewEvent;
  /** What the correction moved in the company's plan, in words (R16). */
  moved: PlanChange[];
}

/**
 * Corrects an event (a reply from the wrong person, the wrong day, words misheard): the news is
 * read again from the day it was said, the application's status follows the events as they are
 * now, and the company is re-planned at once; the answer says what moved.
 */
export async function editEvent(ctx: UseCaseContext, raw: EditEventInput): Promise<EditedEvent> {
  const input = parseInput(editEventInput, raw);
  return inTransaction(ctx, async (tx) => {
    const seen = await getEvent(tx.db, tx.accountId, input.id);
    if (!seen) throw notFound("event", "id");
    await lockCompanyPlanOfInterview(tx.db, tx.accountId, seen.interviewId);
    const before = (await getEvent(tx.db, tx.accountId, input.id)) ?? seen;
    const interview = await requireInterview(tx, before.interviewId);
    const zone = interview.timeZone;
    const thisYear = Number(tx.now().slice(0, 4));

    const kind = input.kind ?? before.kind;
    if (before.kind === "next-round" && kind !== "next-round") {
      const next = before.nextInterviewId
        ? await requireInterview(tx, before.nextInterviewId)
        : null;
      const when = next
        ? ` (round ${next.round}, ${humanDate(localDateAt(instantMs(next.startsAt), next.timeZone), thisYear)})`
        : "";
      throw new AppError(
        "CONFLICT",
        `This next round started its own interview${when}, with its own people, notes and plan, so it stays a next round. To record a reply, a call or a decision, add it as a new event; the next round's interview can be corrected on its own.`,
        { field: "kind", accepted: "next-round, for this event" },
      );
    }

    const occurredAt = input.at == null ? before.occurredAt : parseInstant(input.at, zone, "at");
    if (occurredAt > tx.now())
      throw invalidInput(
        "at",
        `${occurredAt} is in the future.`,
        "a time that has already happened",
      );

    const outcome = kind === "decision" ? (input.outcome ?? before.outcome) : null;
    if (kind === "decision" && outcome === null)
      throw invalidInput("outcome", "A decision needs its outcome.", "hired or rejected");
    if (kind !== "decision" && input.outcome !== undefined)
      throw invalidInput(
        "outcome",
        `Only a decision has an outcome; this event is a ${kind}.`,
        "no outcome, or the kind decision",
      );

    const brings = kind === "reply" || kind === "call";
    const words = input.timeline === undefined ? before.timelineText : input.timeline;
    if (!brings && input.timeline)
      throw invalidInput(
        "timeline",
        `Only a reply or a call brings news of when they decide; this event is a ${kind}.`,
        "no timeline, or the kind reply or call",
      );
    // R3/R16: the words as said, read again from the day they were said (which may have moved).
    const unchanged = words === before.timelineText && occurredAt === before.occurredAt;
    const said =
      !brings || words === null
        ? null
        : unchanged
          ? { text: words, date: before.timelineDate }
          : keepSaidTimeline(words, occurredAt, zone);

    const contactId = input.contactId === undefined ? before.contactId : input.contactId;
    await assertContactOnInterview(tx, contactId, interview.id);

    const event: InterviewEvent = {
      ...before,
      kind,
      outcome,
      contactId,
      occurredAt,
      note: input.note === undefined ? before.note : input.note,
      timelineText: said?.text ?? null,
      timelineDate: said?.date ?? null,
    };
    await updateEvent(tx.db, tx.accountId, event);
    await refreshApplicationStatus(tx, interview.applicationId);
    const who = await personName(tx, event.contactId);
    const moved = await replanInterviewCompany(tx, interview, {
      cause: eventInWords({ event, who, timeZone: zone, thisYear }),
    });
    return { event, moved };
  });
}

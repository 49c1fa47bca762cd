import { z } from "zod";
import type { Interview, InterviewEvent } from "../../core/domain/types.js";
import { eventInWords } from "../../core/planner/event-in-words.js";
import type { PlanChange } from "../../core/planner/plan-changes.js";
import { assertTimeZone } from "../../core/time/assert-time-zone.js";
import { parseInstant } from "../../core/time/parse-instant.js";
import { keepSaidTimeline, keepTimeline } from "../../core/timeline/keep-timeline.js";
import { invalidInput } from "../../errors/app-error.js";
import { newId } from "../../shared/new-id.js";
import {
  getApplication,
  updateApplicationStatus,
} from "../../store/repositories/company.repository.js";
import { insertEvent } from "../../store/repositories/event.repository.js";
import { insertInterview } from "../../store/repositories/interview.repository.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { assertContactOnInterview } from "../notes/add-note.js";
import { parseInput } from "../parse-input.js";
import { decisionOutcome, optionalText, text } from "../schemas.js";
import { personName } from "./person-name.js";
import { replanInterviewCompany } from "./replan-interview-company.js";
import { statusAfterEvent } from "./status-after-events.js";

const common = {
  interviewId: text(40),
  contactId: optionalText(40),
  at: optionalText(40),
  note: optionalText(2000),
};
/** News an answer brings about the decision (R11, R16), as said: "by the 15th". */
const news = { timeline: optionalText(200) };

export const recordEventInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("reply"), ...common, ...news }),
  z.object({ kind: z.literal("call"), ...common, ...news }),
  z.object({ kind: z.literal("withdrawn"), ...common }),
  z.object({ kind: z.literal("decision"), outcome: decisionOutcome, ...common }),
  z.object({
    kind: z.literal("next-round"),
    ...common,
    nextAt: text(40),
    nextTimeZone: optionalText(64),
    nextTimeline: optionalText(200),
  }),
]);
export type RecordEventInput = z.input<typeof recordEventInput>;

export interface RecordedEvent {
  event: InterviewEvent;
  /** For a next round: the new interview, with its own plan (R16). */
  nextInterview: Interview | null;
  /** What the event moved, cancelled or added in the company's plan, in words (R16, R17). */
  moved: PlanChange[];
}

/** Something happened: any answer changes the plan (R16); a decision starts R17's follow-ups. */
export async function recordEvent(
  ctx: UseCaseContext,
  raw: RecordEventInput,
): Promise<RecordedEvent> {
  const input = parseInput(recordEventInput, raw);
  const interview = await requireInterview(ctx, input.interviewId);
  const occurredAt = input.at ? parseInstant(input.at, interview.timeZone, "at") : ctx.now();
  if (occurredAt > ctx.now())
    throw invalidInput("at", `${occurredAt} is in the future.`, "a time that has already happened");
  // The person it came from sits on the interview (the same check as a note's, R2).
  await assertContactOnInterview(ctx, input.contactId, interview.id);
  let nextInterview: Interview | null = null;
  if (input.kind === "next-round") {
    const zone = assertTimeZone(input.nextTimeZone ?? interview.timeZone, "nextTimeZone");
    const startsAt = parseInstant(input.nextAt, zone, "at");
    if (startsAt <= interview.startsAt)
      throw invalidInput(
        "at",
        "The next round starts before this interview.",
        `a time after ${interview.startsAt}`,
      );
    // R3, as in addInterview: the next round's timeline as said, with its day when it gives one.
    const timeline = input.nextTimeline ? keepTimeline(input.nextTimeline, startsAt, zone) : null;
    nextInterview = {
      ...interview,
      id: newId("iv"),
      round: interview.round + 1,
      startsAt,
      timeZone: zone,
      timelineText: timeline?.text ?? null,
      timelineDate: timeline?.date ?? null,
      nextStep: null,
      feeling: null,
      createdAt: ctx.now(),
    };
  }
  // R3/R16: the words as said, with the day they end on when they give one, read from the day
  // they were said in the interview's zone ("by the 15th" said on 20 Dec is 15 Jan).
  const said =
    (input.kind === "reply" || input.kind === "call") && input.timeline
      ? keepSaidTimeline(input.timeline, occurredAt, interview.timeZone)
      : null;
  const event: InterviewEvent = {
    id: newId("ev"),
    interviewId: interview.id,
    contactId: input.contactId,
    kind: input.kind,
    outcome: input.kind === "decision" ? input.outcome : null,
    occurredAt,
    nextInterviewId: nextInterview?.id ?? null,
    note: input.note,
    timelineText: said?.text ?? null,
    timelineDate: said?.date ?? null,
    createdAt: ctx.now(),
  };
  return inTransaction(ctx, async (tx) => {
    await lockCompanyPlanOfInterview(tx.db, tx.accountId, interview.id);
    if (nextInterview) await insertInterview(tx.db, tx.accountId, nextInterview);
    await insertEvent(tx.db, tx.accountId, event);
    const status = statusAfterEvent(event);
    const application = await getApplication(tx.db, tx.accountId, interview.applicationId);
    if (status && application)
      await updateApplicationStatus(tx.db, tx.accountId, application.id, status);
    const who = await personName(tx, event.contactId);
    const moved = await replanInterviewCompany(tx, interview, {
      cause: eventInWords({
        event,
        who,
        timeZone: interview.timeZone,
        thisYear: Number(tx.now().slice(0, 4)),
      }),
    });
    return { event, nextInterview, moved };
  });
}

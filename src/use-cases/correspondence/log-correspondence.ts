import { z } from "zod";
import type {
  Channel,
  Correspondence,
  FollowUpAction,
  InterviewEvent,
} from "../../core/domain/types.js";
import { parseInstant } from "../../core/time/parse-instant.js";
import { keepSaidTimeline } from "../../core/timeline/keep-timeline.js";
import { AppError, invalidInput, notFound } from "../../errors/app-error.js";
import { newId } from "../../shared/new-id.js";
import {
  getAction,
  listActionsOfInterviews,
  updateAction,
} from "../../store/repositories/action.repository.js";
import { getApplication } from "../../store/repositories/company.repository.js";
import { listContactsOfCompany } from "../../store/repositories/contact.repository.js";
import { insertCorrespondence } from "../../store/repositories/correspondence.repository.js";
import { deleteDraftEdits } from "../../store/repositories/draft-edits.repository.js";
import { insertEvent } from "../../store/repositories/event.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { replanCompany } from "../planning/replan-company.js";
import { channel, direction, optionalText, text } from "../schemas.js";

export const logCorrespondenceInput = z.object({
  interviewId: text(40),
  direction,
  channel,
  at: optionalText(40),
  contactIds: z.array(text(40)).default([]),
  subject: optionalText(500),
  body: z.string().max(1_000_000).default(""),
  messageId: optionalText(500),
  threadId: optionalText(500),
  inReplyTo: optionalText(500),
  actionId: optionalText(40),
  /** News a message from them brings about the decision (R11, R16), as said: "by the 15th". */
  timeline: optionalText(200),
});
export type LogCorrespondenceInput = z.input<typeof logCorrespondenceInput>;

/**
 * Keeps a piece of correspondence in full (R25). Something that came in from the employer after
 * the interview is also a reply (R16), so the pending check-ins move; something sent for a
 * planned action fulfils it.
 */
export async function logCorrespondence(
  ctx: UseCaseContext,
  raw: LogCorrespondenceInput,
): Promise<Correspondence> {
  const input = parseInput(logCorrespondenceInput, raw);
  const interview = await requireInterview(ctx, input.interviewId);
  const occurredAt = input.at ? parseInstant(input.at, interview.timeZone, "at") : ctx.now();
  if (occurredAt > ctx.now())
    throw invalidInput("at", `${occurredAt} is in the future.`, "a time that has already happened");
  if (input.timeline && input.direction === "out")
    throw invalidInput(
      "timeline",
      "Only a message from them can say when they decide.",
      'direction "in", or no timeline',
    );
  // R16: an answer comes after the interview. A message from before it is kept (R25) but is no
  // reply to it: it neither moves nor stops a follow-up.
  const beforeInterview = Date.parse(occurredAt) < Date.parse(interview.startsAt);
  if (input.timeline && beforeInterview)
    throw invalidInput(
      "timeline",
      `This message is from ${occurredAt}, before the interview (${interview.startsAt}), so it cannot say when they decide after it.`,
      "no timeline, or the time the message really came",
    );
  // R3/R16: the words as said, read from the day the message came ("by the 15th" on 20 Dec is 15 Jan).
  const said = input.timeline
    ? keepSaidTimeline(input.timeline, occurredAt, interview.timeZone)
    : null;

  return inTransaction(ctx, async (tx) => {
    const application = await getApplication(tx.db, tx.accountId, interview.applicationId);
    if (!application) throw notFound("application");
    await lockCompanyPlan(tx.db, tx.accountId, application.companyId);
    const known = await listContactsOfCompany(tx.db, tx.accountId, application.companyId);
    for (const contactId of input.contactIds) {
      if (!known.some((c) => c.id === contactId)) {
        throw invalidInput(
          "contactIds",
          `Contact ${contactId} is not at this company.`,
          known.map((c) => `${c.id} (${c.name})`).join(", ") || "add the contact first",
        );
      }
    }
    // Something sent without naming its action fulfils the open one it obviously is: the same
    // person, the same channel, already open (R25 keeps the record, R26 clears the agenda).
    const action = input.actionId
      ? await getAction(tx.db, tx.accountId, input.actionId)
      : input.direction === "out"
        ? await findFulfilledAction(tx, interview.id, input.contactIds, input.channel, occurredAt)
        : null;
    if (input.actionId && !action) throw notFound("action", "action");
    // R16: every follow-up comes after the interview; a message from before it is none of them.
    if (action && beforeInterview)
      throw invalidInput(
        "actionId",
        `This message is from ${occurredAt}, before the interview (${interview.startsAt}), so it cannot be the follow-up ${action.id}.`,
        "no action, or the time the message really went",
      );
    if (action && (action.status === "sent" || action.status === "done")) {
      throw new AppError("CONFLICT", `Action ${action.id} is already ${action.status}.`, {
        field: "action",
      });
    }
    const entry: Correspondence = {
      id: newId("cr"),
      applicationId: application.id,
      interviewId: interview.id,
      direction: input.direction,
      channel: input.channel,
      occurredAt,
      contactIds: [...input.contactIds].sort(),
      subject: input.subject,
      body: input.body,
      messageId: input.messageId,
      threadId: input.threadId,
      inReplyTo: input.inReplyTo,
      actionId: action?.id ?? null,
      createdAt: ctx.now(),
    };
    await insertCorrespondence(tx.db, tx.accountId, entry);
    if (action) {
      const status = input.channel === "email" || input.channel === "linkedin" ? "sent" : "done";
      await updateAction(
        tx.db,
        tx.accountId,
        { ...action, status, doneAt: occurredAt, correspondenceId: entry.id },
        ctx.now(),
      );
      // The message is on record as sent (R25): its draft being edited goes with it.
      await deleteDraftEdits(tx.db, tx.accountId, action.id);
    }
    if (input.direction === "in" && !beforeInterview) {
      const reply: InterviewEvent = {
        id: newId("ev"),
        interviewId: interview.id,
        contactId: input.contactIds[0] ?? null,
        kind: "reply",
        outcome: null,
        occurredAt,
        nextInterviewId: null,
        note: input.subject,
        timelineText: said?.text ?? null,
        timelineDate: said?.date ?? null,
        createdAt: ctx.now(),
      };
      await insertEvent(tx.db, tx.accountId, reply);
    }
    await replanCompany(tx, application.companyId);
    return entry;
  });
}

async function findFulfilledAction(
  ctx: UseCaseContext,
  interviewId: string,
  contactIds: string[],
  channel: Channel,
  occurredAt: string,
): Promise<FollowUpAction | null> {
  if (contactIds.length !== 1) return null;
  const open = (await listActionsOfInterviews(ctx.db, ctx.accountId, [interviewId])).filter(
    (a) =>
      a.contactId === contactIds[0] &&
      a.channel === channel &&
      ["planned", "drafted", "approved"].includes(a.status) &&
      Date.parse(a.window.start) <= Date.parse(occurredAt),
  );
  return open[0] ?? null;
}

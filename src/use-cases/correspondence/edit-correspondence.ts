import { z } from "zod";
import type { Correspondence, InterviewEvent } from "../../core/domain/types.js";
import { parseInstant } from "../../core/time/parse-instant.js";
import { invalidInput } from "../../errors/app-error.js";
import { labelOf } from "../../errors/field-labels.js";
import { newId } from "../../shared/new-id.js";
import { updateAction } from "../../store/repositories/action.repository.js";
import { getCompany } from "../../store/repositories/company.repository.js";
import { getContact, listContactsOfCompany } from "../../store/repositories/contact.repository.js";
import { updateCorrespondence } from "../../store/repositories/correspondence.repository.js";
import { deleteEvent, insertEvent } from "../../store/repositories/event.repository.js";
import { listInterviewsOfCompany } from "../../store/repositories/interview.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { replanCompany } from "../planning/replan-company.js";
import { text } from "../schemas.js";
import { logCorrespondenceInput } from "./log-correspondence.js";
import {
  actionFulfilledBy,
  describeFulfilled,
  findReplyEcho,
  type HeldCorrespondence,
  requireCorrespondence,
} from "./require-correspondence.js";

/**
 * The message's own fields, as logCorrespondence takes them, each optional: what is given
 * changes, the rest stays. (Without logging's defaults, so an edit that names no people keeps them.)
 */
export const editCorrespondenceChanges = logCorrespondenceInput
  .pick({
    interviewId: true,
    direction: true,
    channel: true,
    at: true,
    subject: true,
    body: true,
    contactIds: true,
  })
  .partial()
  .extend({
    contactIds: z.array(text(40)).max(50).optional(),
    body: z.string().max(1_000_000).optional(),
  });
export const editCorrespondenceInput = editCorrespondenceChanges.extend({ id: text(40) });
export type EditCorrespondenceInput = z.input<typeof editCorrespondenceInput>;

/**
 * Corrects a logged message (R25): which way it went, how, when (read in its interview's zone, as
 * when it was logged), its words, who it was with and which interview it follows. The reply event
 * a received message recorded follows it, so the plan sees the reply where it now is (R15, R16),
 * and the company is re-planned.
 */
export async function editCorrespondence(
  ctx: UseCaseContext,
  raw: EditCorrespondenceInput,
): Promise<Correspondence> {
  const input = parseInput(editCorrespondenceInput, raw);
  return inTransaction(ctx, async (tx) => {
    const held = await requireCorrespondence(tx, input.id);
    const before = held.message;
    const interviews = (await listInterviewsOfCompany(tx.db, tx.accountId, held.company.id)).filter(
      (i) => i.applicationId === held.applicationId,
    );
    const interviewId = input.interviewId ?? before.interviewId;
    const interview = interviews.find((i) => i.id === interviewId);
    if (!interview)
      throw invalidInput(
        "interviewId",
        `${labelOf("interviewId")}: that is not an interview of this application at ${held.company.name}.`,
        `one of: ${interviews.map((i) => `round ${i.round} on ${i.startsAt.slice(0, 10)}`).join(", ")}`,
      );
    const occurredAt = input.at
      ? parseInstant(input.at, interview.timeZone, "at")
      : before.occurredAt;
    if (input.at && occurredAt > tx.now())
      throw invalidInput(
        "at",
        `${labelOf("at")}: ${occurredAt} is in the future.`,
        "a time that has already happened",
      );
    const contactIds = input.contactIds ? [...new Set(input.contactIds)].sort() : before.contactIds;
    await assertPeopleOfCompany(tx, held, contactIds);
    const direction = input.direction ?? before.direction;
    const fulfilled = await actionFulfilledBy(tx, held);
    if (fulfilled && direction === "in")
      throw invalidInput(
        "direction",
        `${labelOf("direction")}: this message is ${await describeFulfilled(tx, held, fulfilled)}, so it went from you.`,
        '"out" (from me); a message from them is logged on its own',
      );

    const next: Correspondence = {
      ...before,
      interviewId: interview.id,
      direction,
      channel: input.channel ?? before.channel,
      occurredAt,
      contactIds,
      subject: input.subject === undefined ? before.subject : input.subject,
      body: input.body ?? before.body,
    };
    await updateCorrespondence(tx.db, tx.accountId, next);
    // The follow-up it fulfilled was done when the message went (R25).
    if (fulfilled && fulfilled.doneAt !== next.occurredAt)
      await updateAction(tx.db, tx.accountId, { ...fulfilled, doneAt: next.occurredAt }, tx.now());
    const startOf = (id: string | null) => interviews.find((i) => i.id === id)?.startsAt;
    await moveReplyEcho(tx, before, next, {
      wasBefore: precedes(before.occurredAt, startOf(before.interviewId)),
      isBefore: precedes(next.occurredAt, interview.startsAt),
    });
    await replanCompany(tx, held.company.id);
    return next;
  });
}

/** People are chosen from the application's company; anyone else is refused by name. */
async function assertPeopleOfCompany(
  ctx: UseCaseContext,
  held: HeldCorrespondence,
  contactIds: string[],
): Promise<void> {
  const known = await listContactsOfCompany(ctx.db, ctx.accountId, held.company.id);
  for (const contactId of contactIds) {
    if (known.some((c) => c.id === contactId)) continue;
    const stranger = await getContact(ctx.db, ctx.accountId, contactId);
    const elsewhere = stranger ? await getCompany(ctx.db, ctx.accountId, stranger.companyId) : null;
    throw invalidInput(
      "contactIds",
      stranger
        ? `${labelOf("contactIds")}: ${stranger.name} is at ${elsewhere?.name ?? "another company"}, not at ${held.company.name}.`
        : `${labelOf("contactIds")}: that person is not one of the people at ${held.company.name}.`,
      known.length > 0
        ? `people at ${held.company.name}: ${known.map((c) => c.name).join(", ")}`
        : `add the people of ${held.company.name} first`,
    );
  }
}

/**
 * A received message is also a reply event (R16, as logCorrespondence records it): the event
 * follows the message's moment, interview, first person and subject; it goes when the message
 * turns out to be one we sent or to be from before the interview (no reply to it), and appears
 * when it turns out to be theirs, or from after the interview.
 */
async function moveReplyEcho(
  ctx: UseCaseContext,
  before: Correspondence,
  next: Correspondence,
  interviewTiming: { wasBefore: boolean; isBefore: boolean },
): Promise<void> {
  const echo = await findReplyEcho(ctx, before);
  if (echo) await deleteEvent(ctx.db, ctx.accountId, echo.id);
  if (next.direction !== "in" || !next.interviewId || interviewTiming.isBefore) return;
  // A message of theirs without its event: the event was deleted on its own, unless the
  // message was from before the interview and so never had one.
  if (!echo && before.direction === "in" && !interviewTiming.wasBefore) return;
  const reply: InterviewEvent = {
    ...(echo ?? {
      id: newId("ev"),
      kind: "reply",
      outcome: null,
      nextInterviewId: null,
      timelineText: null,
      timelineDate: null,
      createdAt: ctx.now(),
    }),
    interviewId: next.interviewId,
    contactId: next.contactIds[0] ?? null,
    occurredAt: next.occurredAt,
    note: next.subject,
  };
  await insertEvent(ctx.db, ctx.accountId, reply);
}

/** R16: a message before the interview's start is no reply to it. */
function precedes(at: string, interviewStart: string | undefined): boolean {
  return interviewStart !== undefined && Date.parse(at) < Date.parse(interviewStart);
}

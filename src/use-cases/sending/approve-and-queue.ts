import { z } from "zod";
import { createBusinessCalendar } from "../../core/calendar/create-business-calendar.js";
import { parseInstant } from "../../core/time/parse-instant.js";
import { buildRawMessage, makeMessageId } from "../../delivery/smtp/build-raw-message.js";
import { invalidInput, notFound } from "../../errors/app-error.js";
import { newId } from "../../shared/new-id.js";
import { getAction, updateAction } from "../../store/repositories/action.repository.js";
import { getApplication, getCompany } from "../../store/repositories/company.repository.js";
import { getContact } from "../../store/repositories/contact.repository.js";
import { deleteDraftEdits } from "../../store/repositories/draft-edits.repository.js";
import {
  findOutboxByKey,
  insertOutboxEntry,
  type OutboxEntry,
} from "../../store/repositories/outbox.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { requireOpenAction } from "../planning/require-open-action.js";
import { getProfile } from "../profile/get-profile.js";
import { optionalText, text } from "../schemas.js";
import { nextBusinessMoment } from "./next-business-moment.js";
import { requireSmtpSettings } from "./require-smtp-settings.js";

export const approveAndQueueInput = z.object({
  actionId: text(40),
  /** When to send: "now", or a time (read in the recipient's zone without an offset). */
  at: optionalText(40),
  subject: text(998),
  body: z.string().min(1, "must not be empty").max(1_000_000),
});
export type ApproveAndQueueInput = z.input<typeof approveAndQueueInput>;

export interface QueueResult {
  entry: OutboxEntry;
  /** False when the action was queued before: the existing entry is returned, nothing new. */
  created: boolean;
}

/** The idempotency key of an action's message: one message per action, ever. */
export function actionOutboxKey(actionId: string): string {
  return `action:${actionId}`;
}

/**
 * The user approves the message of one email action: it is queued in the outbox with its
 * Message-ID and raw bytes fixed now, and the action becomes `approved`, in one transaction. By
 * default it goes out at the next moment inside the recipient's business hours. Queuing the same
 * action again returns the entry already there.
 */
export async function approveAndQueue(
  ctx: UseCaseContext,
  raw: ApproveAndQueueInput,
): Promise<QueueResult> {
  const input = parseInput(approveAndQueueInput, raw);
  const key = actionOutboxKey(input.actionId);
  const existing = await findOutboxByKey(ctx.db, ctx.accountId, key);
  if (existing) return { entry: existing, created: false };

  const action = await getAction(ctx.db, ctx.accountId, input.actionId);
  if (!action) throw notFound("follow-up action", "action");
  if (action.channel !== "email")
    throw invalidInput(
      "action",
      `Action ${action.id} is a ${action.channel} follow-up; only email is sent from here. Mark it done once you have done it.`,
      "an email action (see `followthrough agenda`)",
    );
  await requireOpenAction(ctx, action.id, "send");
  const contact = action.contactId
    ? await getContact(ctx.db, ctx.accountId, action.contactId)
    : null;
  if (!contact)
    throw invalidInput(
      "action",
      `Action ${action.id} has no recipient.`,
      "an action for one person",
    );
  if (!contact.email)
    throw invalidInput(
      "email",
      `${contact.name} has no email address, so the message cannot be sent.`,
      `an address on the contact (contact add/edit ${contact.id} --email …)`,
    );
  const settings = await requireSmtpSettings(ctx);
  const profile = await getProfile(ctx);
  const fromAddress = settings.fromAddress ?? profile.email;
  if (!fromAddress)
    throw invalidInput(
      "from",
      "There is no sender address.",
      "profile set --email you@example.org, or smtp set --from you@example.org",
    );

  const interview = await requireInterview(ctx, action.interviewId);
  const application = await getApplication(ctx.db, ctx.accountId, interview.applicationId);
  const company = application
    ? await getCompany(ctx.db, ctx.accountId, application.companyId)
    : null;
  const zone = contact.timeZone ?? interview.timeZone;
  const now = ctx.now();
  let sendAt: string;
  if (input.at === null) {
    const calendar = createBusinessCalendar(
      interview.country ?? company?.country ?? profile.country,
      interview.region ?? company?.region ?? profile.region,
    );
    const earliest = Math.max(Date.parse(now), Date.parse(action.window.start));
    sendAt = new Date(nextBusinessMoment(earliest, zone, calendar)).toISOString();
  } else if (input.at.toLowerCase() === "now") {
    sendAt = now;
  } else {
    sendAt = parseInstant(input.at, zone, "at");
    if (sendAt < now)
      throw invalidInput("at", `${sendAt} is in the past.`, `"now" or a time after ${now}`);
  }

  const messageId = makeMessageId(fromAddress);
  // Built (and checked for header injection) before anything is written.
  const rawMessage = buildRawMessage({
    fromAddress,
    fromName: profile.name,
    toAddress: contact.email,
    toName: contact.name,
    subject: input.subject,
    body: input.body,
    messageId,
    date: sendAt,
    timeZone: profile.timeZone,
  });
  const entry: OutboxEntry = {
    id: newId("ob"),
    accountId: ctx.accountId,
    idempotencyKey: key,
    actionId: action.id,
    kind: "action",
    messageId,
    fromAddress,
    toAddress: contact.email,
    subject: input.subject,
    body: input.body,
    raw: rawMessage,
    state: "queued",
    attempts: 0,
    sendAt,
    nextAttemptAt: sendAt,
    lockedBy: null,
    lockedUntil: null,
    lastError: null,
    smtpResponse: null,
    sentAt: null,
    correspondenceId: null,
    createdAt: now,
    updatedAt: now,
  };
  return inTransaction(ctx, async (tx) => {
    if (!(await insertOutboxEntry(tx.db, entry))) {
      // Another call queued it first (a double click, two terminals): theirs stands.
      const winner = await findOutboxByKey(tx.db, tx.accountId, key);
      if (winner) return { entry: winner, created: false };
    }
    await updateAction(tx.db, tx.accountId, { ...action, status: "approved" }, now);
    // The text is fixed in the outbox now; the draft being edited has done its work.
    await deleteDraftEdits(tx.db, tx.accountId, action.id);
    return { entry, created: true };
  });
}

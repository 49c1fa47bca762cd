import type { Correspondence } from "../../core/domain/types.js";
import { AppError } from "../../errors/app-error.js";
import { getAction, updateAction } from "../../store/repositories/action.repository.js";
import { getApplication } from "../../store/repositories/company.repository.js";
import {
  listContactsOfCompany,
  listParticipants,
} from "../../store/repositories/contact.repository.js";
import {
  insertCorrespondence,
  linkOutboxToCorrespondence,
} from "../../store/repositories/correspondence.repository.js";
import { insertEvent } from "../../store/repositories/event.repository.js";
import { getInterview } from "../../store/repositories/interview.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import type { DeletedCorrespondence } from "../../store/repositories/trash.repository.js";
import type { UseCaseContext } from "../context.js";
import { replanCompany } from "../planning/replan-company.js";

/**
 * Puts a deleted message back as it was (R25): its people who are still at the company, the reply
 * event it recorded (R16), the follow-up it fulfilled (unless another message fulfils it since)
 * and the outbox entries that sent it. Returns the message and re-plans its company.
 */
export async function putBackCorrespondence(
  ctx: UseCaseContext,
  deleted: DeletedCorrespondence,
): Promise<DeletedCorrespondence> {
  const { replyEvent, fulfilled, outboxIds, ...kept } = deleted;
  const interview = kept.interviewId
    ? await getInterview(ctx.db, ctx.accountId, kept.interviewId)
    : null;
  const application = await getApplication(
    ctx.db,
    ctx.accountId,
    kept.applicationId ?? interview?.applicationId ?? "",
  );
  if (!application || (kept.interviewId && !interview))
    throw new AppError(
      "CONFLICT",
      "This message's interview was deleted too, so the message cannot come back on its own.",
      { field: "id", accepted: "restore the interview first" },
    );
  await lockCompanyPlan(ctx.db, ctx.accountId, application.companyId);
  const people = await listContactsOfCompany(ctx.db, ctx.accountId, application.companyId);
  const message: Correspondence = {
    ...kept,
    contactIds: kept.contactIds.filter((id) => people.some((p) => p.id === id)),
  };
  await insertCorrespondence(ctx.db, ctx.accountId, message);

  let event = replyEvent;
  if (event) {
    const seated = await listParticipants(ctx.db, ctx.accountId, event.interviewId);
    const contactId = seated.some((p) => p.id === event?.contactId) ? event.contactId : null;
    event = { ...event, contactId };
    await insertEvent(ctx.db, ctx.accountId, event);
  }
  const action = fulfilled ? await getAction(ctx.db, ctx.accountId, fulfilled.id) : null;
  if (fulfilled && action && action.correspondenceId === null) {
    await updateAction(
      ctx.db,
      ctx.accountId,
      {
        ...action,
        status: fulfilled.status,
        doneAt: fulfilled.doneAt,
        correspondenceId: message.id,
      },
      ctx.now(),
    );
  }
  await linkOutboxToCorrespondence(ctx.db, ctx.accountId, outboxIds, message.id);
  await replanCompany(ctx, application.companyId);
  return { ...message, replyEvent: event, fulfilled, outboxIds };
}

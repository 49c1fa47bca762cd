import type {
  Company,
  Correspondence,
  FollowUpAction,
  InterviewEvent,
} from "../../core/domain/types.js";
import { actionSummary } from "../../core/ical/action-summary.js";
import { notFound } from "../../errors/app-error.js";
import { listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import { getApplication, getCompany } from "../../store/repositories/company.repository.js";
import { listContactsOfCompany } from "../../store/repositories/contact.repository.js";
import { getCorrespondence } from "../../store/repositories/correspondence.repository.js";
import { listEventsOfInterviews } from "../../store/repositories/event.repository.js";
import {
  getInterview,
  listInterviewsOfCompany,
} from "../../store/repositories/interview.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";

/** A logged message with its company, whose plan this transaction now holds. */
export interface HeldCorrespondence {
  message: Correspondence;
  applicationId: string;
  company: Company;
}

/**
 * Finds a logged message and holds its company's plan (lockCompanyPlan) before anything else is
 * read, then reads the message again under the lock.
 */
export async function requireCorrespondence(
  ctx: UseCaseContext,
  id: string,
): Promise<HeldCorrespondence> {
  const first = await getCorrespondence(ctx.db, ctx.accountId, id);
  if (!first) throw notFound("logged message", "id");
  const interview = first.interviewId
    ? await getInterview(ctx.db, ctx.accountId, first.interviewId)
    : null;
  const applicationId = first.applicationId ?? interview?.applicationId ?? null;
  const application = applicationId
    ? await getApplication(ctx.db, ctx.accountId, applicationId)
    : null;
  if (!application) throw notFound("application of the message", "id");
  const company = await getCompany(ctx.db, ctx.accountId, application.companyId);
  if (!company) throw notFound("company of the message", "id");
  await lockCompanyPlan(ctx.db, ctx.accountId, company.id);
  const message = await getCorrespondence(ctx.db, ctx.accountId, id);
  if (!message) throw notFound("logged message", "id");
  return { message, applicationId: application.id, company };
}

/** The follow-up this message fulfilled (it points at the message), if any (R25, R26). */
export async function actionFulfilledBy(
  ctx: UseCaseContext,
  held: HeldCorrespondence,
): Promise<FollowUpAction | null> {
  const interviews = await listInterviewsOfCompany(ctx.db, ctx.accountId, held.company.id);
  const actions = await listActionsOfInterviews(
    ctx.db,
    ctx.accountId,
    interviews.map((i) => i.id),
  );
  return actions.find((a) => a.correspondenceId === held.message.id) ?? null;
}

/** "the Thank-you email to Dana Whitfield (Acme), marked sent": the follow-up in words. */
export async function describeFulfilled(
  ctx: UseCaseContext,
  held: HeldCorrespondence,
  action: FollowUpAction,
): Promise<string> {
  const people = await listContactsOfCompany(ctx.db, ctx.accountId, held.company.id);
  const name = people.find((p) => p.id === action.contactId)?.name ?? null;
  return `the ${actionSummary(action.kind, name, held.company.name)}, marked ${action.status}`;
}

/**
 * The reply event logging a received message recorded (R16): same interview, same moment, the
 * message's subject as its note (the search skips it as an echo of the message by the same test).
 */
export async function findReplyEcho(
  ctx: UseCaseContext,
  message: Correspondence,
): Promise<InterviewEvent | null> {
  if (message.direction !== "in" || !message.interviewId) return null;
  const events = await listEventsOfInterviews(ctx.db, ctx.accountId, [message.interviewId]);
  return (
    events.find(
      (e) =>
        e.kind === "reply" &&
        e.occurredAt === message.occurredAt &&
        (e.note ?? null) === (message.subject ?? null),
    ) ?? null
  );
}

import type {
  Application,
  Company,
  Correspondence,
  FollowUpAction,
  Interview,
  InterviewEvent,
  Note,
} from "../../core/domain/types.js";
import { notFound } from "../../errors/app-error.js";
import { listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import { getApplication, getCompany } from "../../store/repositories/company.repository.js";
import { listParticipants, type Participant } from "../../store/repositories/contact.repository.js";
import { listCorrespondenceOfApplications } from "../../store/repositories/correspondence.repository.js";
import { listEventsOfInterviews } from "../../store/repositories/event.repository.js";
import { getInterview } from "../../store/repositories/interview.repository.js";
import { listNotesOfInterview } from "../../store/repositories/note.repository.js";
import type { UseCaseContext } from "../context.js";

export interface InterviewDetail {
  interview: Interview;
  company: Company;
  application: Application;
  contacts: Participant[];
  notes: Note[];
  events: InterviewEvent[];
  correspondence: Correspondence[];
  actions: FollowUpAction[];
}

export async function showInterview(ctx: UseCaseContext, id: string): Promise<InterviewDetail> {
  const interview = await requireInterview(ctx, id);
  const application = await getApplication(ctx.db, ctx.accountId, interview.applicationId);
  const company = application
    ? await getCompany(ctx.db, ctx.accountId, application.companyId)
    : null;
  if (!application || !company) throw notFound("application");
  const [contacts, notes, events, correspondence, actions] = await Promise.all([
    listParticipants(ctx.db, ctx.accountId, id),
    listNotesOfInterview(ctx.db, ctx.accountId, id),
    listEventsOfInterviews(ctx.db, ctx.accountId, [id]),
    listCorrespondenceOfApplications(ctx.db, ctx.accountId, [application.id]),
    listActionsOfInterviews(ctx.db, ctx.accountId, [id]),
  ]);
  return {
    interview,
    company,
    application,
    contacts,
    notes,
    events,
    correspondence: correspondence.filter((c) => c.interviewId === null || c.interviewId === id),
    actions,
  };
}

export async function requireInterview(
  ctx: UseCaseContext,
  id: string,
  field = "interviewId",
): Promise<Interview> {
  const interview = await getInterview(ctx.db, ctx.accountId, id);
  if (!interview) throw notFound("interview", field);
  return interview;
}

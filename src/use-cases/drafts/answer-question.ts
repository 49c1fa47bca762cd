import {
  answerEmployerQuestion,
  type PreparedAnswer,
} from "../../core/drafts/answer-employer-question.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { getApplication, getCompany } from "../../store/repositories/company.repository.js";
import { listContactsOfCompany } from "../../store/repositories/contact.repository.js";
import { listInterviewSummaries } from "../../store/repositories/interview.repository.js";
import { listNotesOfInterview } from "../../store/repositories/note.repository.js";
import type { UseCaseContext } from "../context.js";
import { requireInterview } from "../interviews/show-interview.js";
import { getProfile } from "../profile/get-profile.js";

export interface AnswerQuestionInput {
  kind: string;
  /** The interview whose notes to draw on; the latest one when absent. */
  interviewId?: string | undefined;
  salaryRange?: string | undefined;
}

/** R23: a prepared answer to one of the employer's follow-up questions, from the user's records. */
export async function answerQuestion(
  ctx: UseCaseContext,
  input: AnswerQuestionInput,
): Promise<{ kind: string } & PreparedAnswer> {
  const interviewId =
    input.interviewId ?? (await listInterviewSummaries(ctx.db, ctx.accountId))[0]?.interview.id;
  if (!interviewId)
    throw new AppError("NOT_FOUND", "There is no interview yet to answer from: add one first.", {
      field: "interviewId",
    });
  const interview = await requireInterview(ctx, interviewId);
  const application = await getApplication(ctx.db, ctx.accountId, interview.applicationId);
  const company = application
    ? await getCompany(ctx.db, ctx.accountId, application.companyId)
    : null;
  if (!application || !company) throw notFound("application");
  const prepared = answerEmployerQuestion(input.kind, {
    profile: await getProfile(ctx),
    notes: await listNotesOfInterview(ctx.db, ctx.accountId, interview.id),
    application,
    company,
    salaryRange: input.salaryRange ?? null,
    // A note about an interviewer is said with their name, not a bare "her" (issue 11).
    people: await listContactsOfCompany(ctx.db, ctx.accountId, company.id),
  });
  return { kind: input.kind, ...prepared };
}

import {
  type InterviewSummary,
  listInterviewSummaries,
} from "../../store/repositories/interview.repository.js";
import type { UseCaseContext } from "../context.js";

/** Every interview, newest first, with its company and role. */
export async function listInterviews(ctx: UseCaseContext): Promise<InterviewSummary[]> {
  return listInterviewSummaries(ctx.db, ctx.accountId);
}

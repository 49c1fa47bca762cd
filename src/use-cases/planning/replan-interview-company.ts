import type { Interview } from "../../core/domain/types.js";
import type { PlanChange } from "../../core/planner/plan-changes.js";
import { notFound } from "../../errors/app-error.js";
import { getApplication } from "../../store/repositories/company.repository.js";
import type { UseCaseContext } from "../context.js";
import { type ReplanOptions, replanCompany } from "./replan-company.js";

/** Re-plans the interview's company; returns what moved (see replanCompany). */
export async function replanInterviewCompany(
  ctx: UseCaseContext,
  interview: Interview,
  options: ReplanOptions = {},
): Promise<PlanChange[]> {
  const application = await getApplication(ctx.db, ctx.accountId, interview.applicationId);
  if (!application) throw notFound("application");
  return replanCompany(ctx, application.companyId, options);
}

import type { Interview } from "../../core/domain/types.js";
import { notFound } from "../../errors/app-error.js";
import { getApplication } from "../../store/repositories/company.repository.js";
import type { UseCaseContext } from "../context.js";
import { replanCompany } from "./replan-company.js";

export async function replanInterviewCompany(
  ctx: UseCaseContext,
  interview: Interview,
): Promise<void> {
  const application = await getApplication(ctx.db, ctx.accountId, interview.applicationId);
  if (!application) throw notFound("application", interview.applicationId);
  await replanCompany(ctx, application.companyId);
}

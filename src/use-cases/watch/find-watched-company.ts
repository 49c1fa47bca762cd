import type { Company } from "../../core/domain/types.js";
import { notFound } from "../../errors/app-error.js";
import { findCompanyByName, getCompany } from "../../store/repositories/company.repository.js";
import type { UseCaseContext } from "../context.js";

/** The company by its id (co_…) or its name as recorded. */
export async function findWatchedCompany(ctx: UseCaseContext, company: string): Promise<Company> {
  const found =
    (await getCompany(ctx.db, ctx.accountId, company)) ??
    (await findCompanyByName(ctx.db, ctx.accountId, company));
  if (!found) throw notFound("company", "company");
  return found;
}

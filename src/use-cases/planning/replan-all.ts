import { listCompanies } from "../../store/repositories/company.repository.js";
import type { UseCaseContext } from "../context.js";
import { replanCompany } from "./replan-company.js";

/** Re-plans everything, e.g. after the settings that every plan depends on changed. */
export async function replanAll(ctx: UseCaseContext): Promise<void> {
  for (const company of await listCompanies(ctx.db, ctx.accountId))
    await replanCompany(ctx, company.id);
}

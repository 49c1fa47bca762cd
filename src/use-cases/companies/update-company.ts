import { z } from "zod";
import { createBusinessCalendar } from "../../core/calendar/create-business-calendar.js";
import type { Company } from "../../core/domain/types.js";
import { notFound } from "../../errors/app-error.js";
import {
  findCompanyByName,
  getCompany,
  saveCompany,
} from "../../store/repositories/company.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { replanCompany } from "../planning/replan-company.js";
import { countryCode, optionalText, register, text, url } from "../schemas.js";

export const updateCompanyInput = z.object({
  /** The company's id (co_…) or its name as recorded. */
  company: text(200),
  website: url.optional(),
  country: countryCode.nullish(),
  region: optionalText(10).optional(),
  /** How to greet its people unless one has a register of their own; null = the country's. */
  register: register.optional(),
});
export type UpdateCompanyInput = z.input<typeof updateCompanyInput>;

/**
 * Sets a company's website and the public holidays its business days follow (when they are not
 * the profile's), then re-plans its follow-ups on that calendar (R11, R14).
 */
export async function updateCompany(
  ctx: UseCaseContext,
  raw: UpdateCompanyInput,
): Promise<Company> {
  const input = parseInput(updateCompanyInput, raw);
  const current =
    (await getCompany(ctx.db, ctx.accountId, input.company)) ??
    (await findCompanyByName(ctx.db, ctx.accountId, input.company));
  if (!current) throw notFound("company", "company");
  const country = input.country === undefined ? current.country : input.country;
  const region =
    country === null ? null : input.region === undefined ? current.region : input.region;
  if (country) createBusinessCalendar(country, region); // refuses an unknown country or region
  const next: Company = {
    ...current,
    website: input.website === undefined ? current.website : input.website,
    country,
    region,
    register: input.register === undefined ? current.register : input.register,
  };
  return inTransaction(ctx, async (tx) => {
    await saveCompany(tx.db, tx.accountId, next);
    await replanCompany(tx, next.id);
    return next;
  });
}

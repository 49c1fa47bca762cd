import { z } from "zod";
import { createBusinessCalendar } from "../../core/calendar/create-business-calendar.js";
import type { Profile } from "../../core/domain/types.js";
import { assertTimeZone } from "../../core/time/assert-time-zone.js";
import { saveProfile } from "../../store/repositories/profile.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { replanAll } from "../planning/replan-all.js";
import type { FieldsOf } from "../record-schemas.js";
import { countryCode, email, optionalText } from "../schemas.js";
import { getProfile } from "./get-profile.js";

export const setProfileInput = z
  .object({
    name: optionalText(200),
    email,
    phone: optionalText(50),
    postalAddress: optionalText(500),
    signature: optionalText(1000),
    timeZone: z.string().trim().min(1),
    country: countryCode,
    region: optionalText(10),
    strengths: z.array(z.string().trim().min(1).max(200)).max(30),
    sendCard: z.boolean(),
    linkedIn: z.boolean(),
    summaryLetter: z.boolean(),
    maxUnanswered: z.number().int().min(1, "must be at least 1").max(20),
    assumedTimelineDays: z.number().int().min(1).max(90),
  } satisfies FieldsOf<Profile, "updatedAt">)
  .partial();
export type SetProfileInput = z.input<typeof setProfileInput>;

/** Changes the fields given and keeps the rest; the plans follow the new settings at once. */
export async function setProfile(ctx: UseCaseContext, raw: SetProfileInput): Promise<Profile> {
  const input = parseInput(setProfileInput, raw);
  if (input.timeZone !== undefined) assertTimeZone(input.timeZone, "timeZone");
  const current = await getProfile(ctx);
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const next: Profile = { ...current, ...defined, updatedAt: ctx.now() };
  createBusinessCalendar(next.country, next.region); // refuses an unknown country or region
  return inTransaction(ctx, async (tx) => {
    await saveProfile(tx.db, tx.accountId, next);
    await replanAll(tx);
    return next;
  });
}

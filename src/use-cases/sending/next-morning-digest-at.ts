import { nextLocalHour } from "../../core/time/next-local-hour.js";
import { findSmtpSettings } from "../../store/repositories/smtp-settings.repository.js";
import type { UseCaseContext } from "../context.js";
import { getProfile } from "../profile/get-profile.js";

/**
 * When the morning digest (R26) is next worth a look for this account: the next time the
 * user's clock shows the digest hour, or null when the digest is off (nothing to schedule).
 */
export async function nextMorningDigestAt(ctx: UseCaseContext): Promise<string | null> {
  const settings = await findSmtpSettings(ctx.db, ctx.accountId);
  if (!settings?.digestEnabled) return null;
  const { timeZone } = await getProfile(ctx);
  return nextLocalHour(ctx.now(), timeZone, settings.digestHour);
}

import type { Profile } from "../../core/domain/types.js";
import { DEFAULT_PROFILE, findProfile } from "../../store/repositories/profile.repository.js";
import type { UseCaseContext } from "../context.js";

/** The user's profile, or the defaults (UTC, US holidays, 3 unanswered, 10 days) before it is set. */
export async function getProfile(ctx: UseCaseContext): Promise<Profile> {
  return (await findProfile(ctx.db, ctx.accountId)) ?? DEFAULT_PROFILE;
}

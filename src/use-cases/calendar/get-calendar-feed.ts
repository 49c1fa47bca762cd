import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "../../errors/app-error.js";
import { findCalendarFeed } from "../../store/repositories/calendar.repository.js";
import type { UseCaseContext } from "../context.js";
import { type ExportedCalendar, exportCalendar } from "./export-calendar.js";

/**
 * The subscribable calendar (R24) behind /calendar/<secret>.ics. A wrong secret is NOT_FOUND,
 * never a hint; the comparison takes the same time whatever the guess (digests of equal length).
 */
export async function getCalendarFeed(
  ctx: UseCaseContext,
  secret: string,
): Promise<ExportedCalendar> {
  const feed = await findCalendarFeed(ctx.db, ctx.accountId);
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  const expected = digest(feed?.secret ?? "");
  const matches = timingSafeEqual(digest(secret), expected) && feed !== null;
  if (!matches)
    throw new AppError("NOT_FOUND", "No calendar at this address.", { field: "secret" });
  return exportCalendar(ctx, { purpose: "feed" });
}

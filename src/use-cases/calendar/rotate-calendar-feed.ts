import { saveCalendarFeed } from "../../store/repositories/calendar.repository.js";
import type { UseCaseContext } from "../context.js";
import { calendarFeedPath } from "./calendar-feed-path.js";
import { type CalendarFeed, newFeedSecret } from "./show-calendar-feed.js";

/** A new feed address; the old one stops working at once (a leaked address is revoked). */
export async function rotateCalendarFeed(ctx: UseCaseContext): Promise<CalendarFeed> {
  const secret = newFeedSecret();
  const createdAt = ctx.now();
  await saveCalendarFeed(ctx.db, ctx.accountId, secret, createdAt);
  return { secret, path: calendarFeedPath(secret), createdAt };
}

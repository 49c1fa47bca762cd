import { randomBytes } from "node:crypto";
import {
  findCalendarFeed,
  saveCalendarFeed,
} from "../../store/repositories/calendar.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { calendarFeedPath } from "./calendar-feed-path.js";

export interface CalendarFeed {
  secret: string;
  /** Path on the HTTP server: /calendar/<secret>.ics */
  path: string;
  createdAt: string;
}

/** 256 random bits, URL-safe: the address is the only key to the feed. */
export function newFeedSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The feed's address, made on first ask. */
export async function showCalendarFeed(ctx: UseCaseContext): Promise<CalendarFeed> {
  return inTransaction(ctx, async (tx) => {
    const existing = await findCalendarFeed(tx.db, tx.accountId);
    if (existing) return { ...existing, path: calendarFeedPath(existing.secret) };
    const secret = newFeedSecret();
    const createdAt = tx.now();
    await saveCalendarFeed(tx.db, tx.accountId, secret, createdAt);
    return { secret, path: calendarFeedPath(secret), createdAt };
  });
}

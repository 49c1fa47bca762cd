import { DateTime } from "luxon";
import type { UseCaseContext } from "../context.js";
import { getProfile } from "../profile/get-profile.js";

/** The user's today and the UTC instants that split the agenda into overdue, today and upcoming. */
export interface AgendaBounds {
  /** The user's local date. */
  today: string;
  startOfToday: string;
  startOfTomorrow: string;
  /** The end of the last day shown: `days` after today. */
  horizon: string;
}

/** The agenda's day boundaries in the user's own time zone (R26: "today" is their day). */
export async function agendaBounds(ctx: UseCaseContext, days: number): Promise<AgendaBounds> {
  const profile = await getProfile(ctx);
  const day = DateTime.fromISO(ctx.now(), { zone: profile.timeZone }).startOf("day");
  const utc = (d: DateTime) => d.toUTC().toISO() as string;
  return {
    today: day.toISODate() as string,
    startOfToday: utc(day),
    startOfTomorrow: utc(day.plus({ days: 1 })),
    horizon: utc(day.plus({ days: days + 1 })),
  };
}

import { DateTime } from "luxon";

/**
 * The first instant after `now` at which the clock in `timeZone` shows `hour`:00 (the morning
 * digest's next look, R26). Pure. On a day whose `hour` is skipped by a clock change, the
 * instant luxon moves it to.
 */
export function nextLocalHour(now: string, timeZone: string, hour: number): string {
  const local = DateTime.fromISO(now, { zone: timeZone });
  let next = local.set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (next <= local) next = next.plus({ days: 1 }).set({ hour });
  return next.toUTC().toISO() as string;
}

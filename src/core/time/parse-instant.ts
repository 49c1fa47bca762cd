import { DateTime } from "luxon";
import { invalidInput } from "../../errors/app-error.js";
import { assertTimeZone } from "./assert-time-zone.js";

const ACCEPTED =
  "an ISO date and time such as 2026-11-20T14:00, 2026-11-20 14:00 or 2026-11-20T14:00:00-05:00 (without an offset it is read in the interview's time zone)";

const OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/**
 * Reads a time the user typed. With an offset it is that instant; without one it is read as wall
 * time in `zone`. Returns a UTC ISO instant. Impossible dates (2026-02-30) and wall times that do
 * not exist in the zone (inside a spring-forward gap) are refused.
 */
export function parseInstant(text: string, zone: string, field: string): string {
  assertTimeZone(zone, "timeZone");
  const trimmed = text.trim();
  if (OFFSET.test(trimmed) && /\d{2}:\d{2}/.test(trimmed)) {
    const dt = DateTime.fromISO(trimmed.replace(" ", "T"), { setZone: true });
    if (!dt.isValid) throw invalidInput(field, `"${text}" is not a valid date and time.`, ACCEPTED);
    return dt.toUTC().toISO() as string;
  }
  const m = LOCAL.exec(trimmed);
  if (!m) throw invalidInput(field, `"${text}" is not a date and time I can read.`, ACCEPTED);
  const [, y, mo, d, h = "0", mi = "0", s = "0", ms = "0"] = m;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    millisecond: Number(ms.padEnd(3, "0")),
  };
  const dt = DateTime.fromObject(parts, { zone });
  if (!dt.isValid) throw invalidInput(field, `"${text}" is not a real date and time.`, ACCEPTED);
  // Luxon shifts a wall time inside a DST gap forward; such a time never happened on a clock there.
  if (dt.hour !== parts.hour || dt.minute !== parts.minute || dt.day !== parts.day) {
    throw invalidInput(
      field,
      `${trimmed} does not exist in ${zone} (the clocks skip it).`,
      ACCEPTED,
    );
  }
  return dt.toUTC().toISO() as string;
}

import { DateTime, IANAZone } from "luxon";
import { invalidInput } from "../../errors/app-error.js";

const HOUR_MS = 3_600_000;
const NEARBY_HOURS = [-24, -12, -6, -3, -1, 1, 3, 6, 12, 24];

/**
 * True when the wall-clock time of `time` happens twice in its zone (the hour repeated when
 * clocks go back). A TZID time there is ambiguous: RFC 5545 §3.3.5 says readers take the first
 * occurrence, so such a time must be written in UTC instead.
 */
export function isRepeatedWallTime(time: DateTime): boolean {
  const zone = time.zone;
  const instant = time.toMillis();
  const wallAsUtc = instant + time.offset * 60_000;
  return NEARBY_HOURS.some((hours) => {
    const offset = zone.offset(instant + hours * HOUR_MS);
    if (offset === time.offset) return false;
    const other = wallAsUtc - offset * 60_000;
    return zone.offset(other) === offset;
  });
}

/** Reads an ISO instant into `zone`, naming the input field when either is unusable. */
export function zonedDateTime(
  iso: string,
  zone: string,
  fields: { instant: string; zone: string },
): DateTime {
  if (!IANAZone.isValidZone(zone)) {
    throw invalidInput(
      fields.zone,
      `"${zone}" is not a time zone; use an IANA name such as Europe/London.`,
      "an IANA zone such as Europe/London",
    );
  }
  const time = DateTime.fromISO(iso, { setZone: true });
  // Without an offset the instant would depend on the server's zone.
  if (!time.isValid || !/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso)) {
    throw invalidInput(
      fields.instant,
      `"${iso}" is not an ISO-8601 instant with an offset; add Z or the offset, e.g. -05:00.`,
      "an instant with its offset, e.g. 2026-11-20T17:00:00.000-05:00",
    );
  }
  return time.setZone(zone);
}

import { IANAZone } from "luxon";
import { invalidInput } from "../../errors/app-error.js";

/** Returns the zone when it is a valid IANA name; otherwise a clear error naming the field. */
export function assertTimeZone(zone: string, field: string): string {
  if (!IANAZone.isValidZone(zone)) {
    throw invalidInput(
      field,
      `Unknown time zone "${zone}".`,
      "an IANA time zone name such as Europe/London, America/New_York or Asia/Tokyo",
    );
  }
  return zone;
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Regex alternation for a weekday name or abbreviation. */
export const WEEKDAY_PATTERN =
  "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?";

/** ISO weekday 1 (Monday) … 7 (Sunday) of a name or abbreviation, null otherwise. */
export function weekdayNumber(name: string): number | null {
  const index = WEEKDAYS.findIndex((day) => day.startsWith(name.toLowerCase().slice(0, 3)));
  return index < 0 ? null : index + 1;
}

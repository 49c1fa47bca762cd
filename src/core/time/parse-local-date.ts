import { DateTime } from "luxon";
import { invalidInput } from "../../errors/app-error.js";

/** Reads a calendar date "YYYY-MM-DD", refusing impossible ones such as 2026-02-30. */
export function parseLocalDate(text: string, field: string): string {
  const trimmed = text.trim();
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && DateTime.fromISO(trimmed).isValid;
  if (!ok)
    throw invalidInput(
      field,
      `"${text}" is not a real date.`,
      "a date as YYYY-MM-DD, e.g. 2026-12-04",
    );
  return trimmed;
}

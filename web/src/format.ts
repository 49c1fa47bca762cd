import { localDateLabel } from "../../src/client/today-words.js";

// Words a person reads for the records' codes. Pure helpers, no user text ever becomes HTML. The
// first screen's labels are shared with the server's first HTML (src/client/today-words.ts).
export { channelLabel, channelNoun, kindLabel } from "../../src/client/today-words.js";

/** "Fri 20 Nov 2026" for a local date (or the date of an instant, in the browser's zone). */
export function formatDate(date: string): string {
  if (date.includes("T"))
    return new Date(date).toLocaleDateString(undefined, {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
    });
  return localDateLabel(date);
}

/** An instant in a zone, e.g. "Fri 20 Nov 2026, 14:00". */
export function formatInstant(instant: string, timeZone?: string): string {
  return new Date(instant).toLocaleString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(timeZone ? { timeZone } : {}),
  });
}

/** The browser's zone: the default for an interview typed on the phone right after it. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Local date (YYYY-MM-DD) plus days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

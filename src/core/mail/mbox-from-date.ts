/**
 * The date on an mbox separator ("From sender@example.com Thu Nov 19 10:02:03 2026") as a UTC
 * instant, or null. asctime dates carry no zone; they are read as UTC.
 */
export function mboxFromDate(fromLine: string): string | null {
  const match = fromLine.match(
    /([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(?:[A-Z]{3,4}\s+|[+-]\d{4}\s+)?(\d{4})/,
  );
  if (!match) return null;
  const [, month, day, hh, mm, ss, year] = match;
  const ms = Date.parse(`${day} ${month} ${year} ${hh}:${mm}:${ss} GMT`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

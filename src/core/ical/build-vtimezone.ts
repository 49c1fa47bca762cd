import { DateTime, IANAZone } from "luxon";

const DAY_MS = 86_400_000;

/** The answer never changes within a process, and a feed is rebuilt on every fetch. */
const cache = new Map<string, string>();

interface Observance {
  kind: "STANDARD" | "DAYLIGHT";
  /** Local wall time of the change, in the offset in force before it (RFC 5545 §3.6.5). */
  start: DateTime;
  offsetFrom: number;
  offsetTo: number;
}

// IANAZone.offset skips building a DateTime for each of the scan's questions.
function offsetAt(zone: string, ms: number): number {
  return IANAZone.create(zone).offset(ms);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** The first millisecond at which the offset differs from the one at `before`. */
function findChange(zone: string, before: number, after: number): number {
  const from = offsetAt(zone, before);
  let low = before;
  let high = after;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(zone, middle) === from) low = middle;
    else high = middle;
  }
  return high;
}

function observances(zone: string, fromYear: number, toYear: number): Observance[] {
  const begin = DateTime.fromObject({ year: fromYear }, { zone: "utc" }).toMillis();
  const end = DateTime.fromObject({ year: toYear + 1 }, { zone: "utc" }).toMillis();
  const kindAt = (ms: number) =>
    DateTime.fromMillis(ms, { zone }).isInDST ? ("DAYLIGHT" as const) : ("STANDARD" as const);
  const initial = offsetAt(zone, begin);
  // The offset in force when the range opens, so any instant in it resolves.
  const found: Observance[] = [
    {
      kind: kindAt(begin),
      start: DateTime.fromMillis(begin, { zone: "utc" }).plus({ minutes: initial }),
      offsetFrom: initial,
      offsetTo: initial,
    },
  ];
  // Zones change offset a few times a year and never twice in a day, so a day-by-day scan
  // finds every change and a binary search pins it to the millisecond.
  for (let ms = begin; ms < end; ms += DAY_MS) {
    const from = offsetAt(zone, ms);
    if (offsetAt(zone, ms + DAY_MS) === from) continue;
    const change = findChange(zone, ms, ms + DAY_MS);
    found.push({
      kind: kindAt(change),
      start: DateTime.fromMillis(change, { zone: "utc" }).plus({ minutes: from }),
      offsetFrom: from,
      offsetTo: offsetAt(zone, change),
    });
  }
  return found;
}

/**
 * A VTIMEZONE for `zone` with every offset change from `fromYear` to `toYear` written out as
 * its own STANDARD or DAYLIGHT block (no RRULE), computed from the runtime's IANA database through luxon,
 * so a reminder at 09:00 reads as 09:00 in the recipient's zone in any client (R24).
 */
export function buildVTimezone(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone} ${fromYear} ${toYear}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  for (const o of observances(zone, fromYear, toYear)) {
    lines.push(
      `BEGIN:${o.kind}`,
      `DTSTART:${o.start.toFormat("yyyyLLdd'T'HHmmss")}`,
      `TZOFFSETFROM:${formatOffset(o.offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(o.offsetTo)}`,
      `END:${o.kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  const written = `${lines.join("\r\n")}\r\n`;
  cache.set(key, written);
  return written;
}

// Instants ⇄ local wall-clock times in IANA zones, memoised. Luxon asks Intl for every offset,
// which costs microseconds; offsets only change at DST transitions (on UTC quarter-hours), so one
// look-up per zone and quarter-hour is enough, and keeps zone arithmetic a small part of a plan
// (about 12 µs in all; see BENCHMARKS.md).
import { IANAZone } from "luxon";
import { invalidInput } from "../../errors/app-error.js";
import { instantMs } from "./instant-ms.js";
import { fromEpochDay, toEpochDay } from "./local-date.js";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const BUCKET_MS = 15 * MS_PER_MINUTE;
const MEMO_LIMIT = 100_000;
/** Marks a UTC day holding an offset change: look those up per quarter-hour. */
const CHANGES = Number.NaN;

/** Per zone, memos keyed by numbers (no key strings to build or hash on the hot path). */
interface ZoneMemo {
  readonly iana: IANAZone;
  /** UTC day number → offset in minutes for the whole day, or CHANGES. */
  readonly dayOffsets: Map<number, number>;
  /** Quarter-hour number → offset, for the days that change. */
  readonly quarterOffsets: Map<number, number>;
  /** Local day number × 1440 + minute of day → instant. */
  readonly instants: Map<number, ZonedInstant>;
  /** The last instants formatted, by minute number modulo RECENT: a plan formats the same few. */
  readonly recentMs: Float64Array;
  readonly recentIso: string[];
}

const RECENT = 64;

const zones = new Map<string, ZoneMemo>();

/** A point in time with its ISO form and local date ("YYYY-MM-DD") in the zone it is shown in. */
export interface ZonedInstant {
  ms: number;
  iso: string;
  date: string;
}

function memoOf(zone: string, field = "timeZone"): ZoneMemo {
  let memo = zones.get(zone);
  if (memo === undefined) {
    if (!IANAZone.isValidZone(zone)) {
      throw invalidInput(
        field,
        `Unknown time zone "${zone}".`,
        "an IANA zone such as Europe/London",
      );
    }
    memo = {
      iana: IANAZone.create(zone),
      dayOffsets: new Map(),
      quarterOffsets: new Map(),
      instants: new Map(),
      recentMs: new Float64Array(RECENT).fill(Number.NaN),
      recentIso: new Array<string>(RECENT).fill(""),
    };
    zones.set(zone, memo);
  }
  return memo;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** Throws the usual INVALID_INPUT unless `zone` is an IANA zone name. */
export function assertKnownZone(zone: string, field = "timeZone"): void {
  memoOf(zone, field);
}

function offsetIn(memo: ZoneMemo, ms: number): number {
  const day = Math.floor(ms / MS_PER_DAY);
  let offset = memo.dayOffsets.get(day);
  if (offset === undefined) {
    const first = memo.iana.offset(day * MS_PER_DAY);
    const last = memo.iana.offset((day + 1) * MS_PER_DAY - BUCKET_MS);
    offset = remember(memo.dayOffsets, day, first === last ? first : CHANGES);
  }
  if (!Number.isNaN(offset)) return offset;
  const quarter = Math.floor(ms / BUCKET_MS);
  const fine = memo.quarterOffsets.get(quarter);
  return fine ?? remember(memo.quarterOffsets, quarter, memo.iana.offset(quarter * BUCKET_MS));
}

/** Minutes east of UTC in `zone` at the instant `ms`. */
export function offsetMinutes(zone: string, ms: number): number {
  return offsetIn(memoOf(zone), ms);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

// "HH:MM" for every minute of a day, and "+HH:MM" per offset: ISO strings are built from parts
// made once (with the cached date strings of local-date.ts) instead of via Date#toISOString.
const CLOCK = Array.from({ length: 1440 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);
const offsetTexts = new Map<number, string>();

function formatOffset(minutes: number): string {
  let text = offsetTexts.get(minutes);
  if (text === undefined) {
    const abs = Math.abs(minutes);
    text = `${minutes < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
    offsetTexts.set(minutes, text);
  }
  return text;
}

function secondsPart(msOfMinute: number): string {
  if (msOfMinute === 0) return ":00.000";
  const seconds = Math.floor(msOfMinute / 1000);
  return `:${pad2(seconds)}.${String(msOfMinute - seconds * 1000).padStart(3, "0")}`;
}

function formatIso(ms: number, offset: number): string {
  const wall = ms + offset * MS_PER_MINUTE;
  const day = Math.floor(wall / MS_PER_DAY);
  const ofDay = wall - day * MS_PER_DAY;
  const minute = Math.floor(ofDay / MS_PER_MINUTE);
  return `${fromEpochDay(day)}T${CLOCK[minute]}${secondsPart(ofDay - minute * MS_PER_MINUTE)}${formatOffset(offset)}`;
}

function isoIn(memo: ZoneMemo, ms: number): string {
  const offset = offsetIn(memo, ms);
  // Instants at a whole local minute were mostly made by zonedInstant, which kept their text.
  const wallMinute = (ms + offset * MS_PER_MINUTE) / MS_PER_MINUTE;
  const made = memo.instants.get(wallMinute);
  if (made !== undefined && made.ms === ms) return made.iso;
  const slot = Math.floor(ms / MS_PER_MINUTE) & (RECENT - 1);
  if (memo.recentMs[slot] === ms) return memo.recentIso[slot] as string;
  const iso = formatIso(ms, offset);
  memo.recentMs[slot] = ms;
  memo.recentIso[slot] = iso;
  return iso;
}

/** The instant as ISO-8601 with the zone's offset, e.g. "2026-11-20T20:00:00.000-08:00". */
export function isoInZone(ms: number, zone: string): string {
  return isoIn(memoOf(zone), ms);
}

/** The local date ("YYYY-MM-DD") of an instant in a zone. */
export function localDateAt(ms: number, zone: string): string {
  return fromEpochDay(localDayAt(ms, zone));
}

/** The local day number (days since 1970-01-01) of an instant in a zone. */
export function localDayAt(ms: number, zone: string): number {
  return Math.floor((ms + offsetMinutes(zone, ms) * MS_PER_MINUTE) / MS_PER_DAY);
}

/**
 * The instant at a local wall-clock time. In a DST gap the later offset wins (as in luxon), so
 * "02:30" on a spring-forward night becomes 03:30.
 */
export function zonedInstant(zone: string, date: string, hour: number, minute = 0): ZonedInstant {
  return zonedInstantOnDay(zone, toEpochDay(date), hour, minute);
}

/** As zonedInstant, for a local day number (days since 1970-01-01). */
export function zonedInstantOnDay(
  zone: string,
  day: number,
  hour: number,
  minute = 0,
): ZonedInstant {
  const memo = memoOf(zone);
  const key = day * 1440 + hour * 60 + minute;
  const cached = memo.instants.get(key);
  if (cached !== undefined) return cached;
  const ms = wallToInstant(memo, day * MS_PER_DAY + hour * 3_600_000 + minute * MS_PER_MINUTE);
  return remember(memo.instants, key, zonedOf(memo, ms));
}

function zonedOf(memo: ZoneMemo, ms: number): ZonedInstant {
  const offset = offsetIn(memo, ms);
  const date = fromEpochDay(Math.floor((ms + offset * MS_PER_MINUTE) / MS_PER_DAY));
  return { ms, iso: formatIso(ms, offset), date };
}

/** Any instant with its ISO text and local date in a zone (the text memoised as isoInZone's). */
export function instantIn(zone: string, ms: number): ZonedInstant {
  const memo = memoOf(zone);
  const offset = offsetIn(memo, ms);
  const date = fromEpochDay(Math.floor((ms + offset * MS_PER_MINUTE) / MS_PER_DAY));
  return { ms, iso: isoIn(memo, ms), date };
}

// Luxon's fixOffset: guess with the offset at the wall time, correct once, settle gaps.
function wallToInstant(memo: ZoneMemo, wallMs: number): number {
  const o1 = offsetIn(memo, wallMs);
  let guess = wallMs - o1 * MS_PER_MINUTE;
  const o2 = offsetIn(memo, guess);
  if (o1 === o2) return guess;
  guess -= (o2 - o1) * MS_PER_MINUTE;
  const o3 = offsetIn(memo, guess);
  if (o2 === o3) return guess;
  return wallMs - Math.min(o2, o3) * MS_PER_MINUTE;
}

/** Parses an ISO instant; bad input is the caller's to fix. */
export function instantMsOf(value: string, field: string): number {
  const ms = instantMs(value);
  if (Number.isNaN(ms)) {
    throw invalidInput(
      field,
      `"${value}" is not a date and time.`,
      "an ISO-8601 instant, e.g. 2026-11-20T14:00:00.000Z",
    );
  }
  return ms;
}

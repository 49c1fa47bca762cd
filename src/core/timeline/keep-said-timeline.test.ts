// News that a reply or call brought (R11, R16) is read from the day it was said, in the
// interview's zone (R3). Interview-free: only the day said and the zone matter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { addDays, civilOf, toEpochDay } from "../calendar/local-date.js";
import { keepSaidTimeline, keepTimeline } from "./keep-timeline.js";

const NY = "America/New_York";
// Wednesday 2 December 2026, 10:00 in New York.
const WED_2_DEC = "2026-12-02T15:00:00.000Z";
// Sunday 20 December 2026, 10:00 in New York.
const SUN_20_DEC = "2026-12-20T15:00:00.000Z";

describe("keepSaidTimeline: words read from the day they were said (R3, R16)", () => {
  it.each([
    [WED_2_DEC, "we'll decide by the 15th", "2026-12-15"],
    [SUN_20_DEC, "we'll decide by the 15th", "2027-01-15"],
    [WED_2_DEC, "by the 2nd", "2026-12-02"], // said on the 2nd: that very day
    [WED_2_DEC, "the 31st", "2026-12-31"],
    ["2027-02-03T15:00:00.000Z", "by the 30th", "2027-03-30"], // February has none
    [WED_2_DEC, "by the 15th of this month", "2026-12-15"],
    [WED_2_DEC, "early January", "2027-01-10"],
    [WED_2_DEC, "mid January", "2027-01-20"],
    [WED_2_DEC, "late January", "2027-01-31"],
    [SUN_20_DEC, "early January", "2027-01-10"],
    [WED_2_DEC, "next Friday", "2026-12-11"],
    [WED_2_DEC, "in two weeks", "2026-12-16"],
    [SUN_20_DEC, "in two weeks", "2027-01-03"],
  ])("said at %s: %j → %s", (at, text, date) => {
    expect(keepSaidTimeline(text, at, NY)).toEqual({ text, date });
  });

  it("counts from the local day in the interview's zone: 21:00 in New York is the next day in UTC", () => {
    // Tue 1 Dec 21:00 in New York = Wed 2 Dec 02:00 UTC: "tomorrow" is Wed 2 Dec.
    expect(keepSaidTimeline("tomorrow", "2026-12-02T02:00:00.000Z", NY).date).toBe("2026-12-02");
    expect(keepSaidTimeline("tomorrow", "2026-12-02T02:00:00.000Z", "UTC").date).toBe("2026-12-03");
  });

  it("keeps words that give no date, with no date (the planner assumes R11's default)", () => {
    expect(keepSaidTimeline("hmm, they were vague", WED_2_DEC, NY)).toEqual({
      text: "hmm, they were vague",
      date: null,
    });
  });

  it("refuses a day before the day said, naming it in words and what is accepted", () => {
    try {
      keepSaidTimeline("early December", SUN_20_DEC, NY);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).field).toBe("timeline");
      expect((error as AppError).message).toBe(
        'The timeline "early December" falls on Thu 10 Dec, before the day it was said (Sun 20 Dec).',
      );
      expect((error as AppError).accepted).toBe(
        "a timeline that ends on or after the day it was said",
      );
    }
  });

  it("the interview's own timeline still reads 'the 15th' from the interview day", () => {
    expect(keepTimeline("by the 15th", SUN_20_DEC, NY).date).toBe("2027-01-15");
  });
});

const saidAt = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString());
const zone = fc.constantFrom("America/Los_Angeles", "America/New_York", "Asia/Tokyo", "UTC");

function localDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(instant));
}

function ordinal(n: number): string {
  if (n % 10 === 1 && n !== 11) return `${n}st`;
  if (n % 10 === 2 && n !== 12) return `${n}nd`;
  if (n % 10 === 3 && n !== 13) return `${n}rd`;
  return `${n}th`;
}

describe("keepSaidTimeline properties", () => {
  it("'by the Nth' lands on an Nth, on or after the day said, within 31 days for N ≤ 28", () => {
    fc.assert(
      fc.property(saidAt, zone, fc.integer({ min: 1, max: 31 }), (at, tz, n) => {
        const said = localDate(at, tz);
        const { date } = keepSaidTimeline(`we'll decide by the ${ordinal(n)}`, at, tz);
        expect(date).not.toBeNull();
        const day = toEpochDay(date as string);
        expect(civilOf(day).day).toBe(n);
        expect((date as string) >= said).toBe(true);
        // Every month has the 1st to the 28th; the 29th to 31st may skip a short month.
        expect(day - toEpochDay(said)).toBeLessThanOrEqual(n <= 28 ? 30 : 61);
      }),
      { numRuns: 500 },
    );
  });

  it("'by the 15th' is the first 15th on or after the day said: no 15th lies between", () => {
    fc.assert(
      fc.property(saidAt, zone, (at, tz) => {
        const said = localDate(at, tz);
        const date = keepSaidTimeline("by the 15th", at, tz).date as string;
        expect(date.slice(8)).toBe("15");
        expect(toEpochDay(date) - toEpochDay(said)).toBeLessThanOrEqual(31);
        for (let d = said; d < date; d = addDays(d, 1)) expect(d.slice(8)).not.toBe("15");
      }),
      { numRuns: 300 },
    );
  });

  const phrase = fc.oneof(
    fc.integer({ min: 1, max: 31 }).map((n) => `by the ${ordinal(n)}`),
    fc.constantFrom(
      "early January",
      "mid March",
      "late June",
      "next Friday",
      "in two weeks",
      "by Friday",
      "end of next week",
      "next month",
      "a few days",
    ),
  );

  it("a resolved day is never before the day said; a refusal only for a month already past", () => {
    fc.assert(
      fc.property(saidAt, zone, phrase, (at, tz, text) => {
        const said = localDate(at, tz);
        let kept: ReturnType<typeof keepSaidTimeline>;
        try {
          kept = keepSaidTimeline(text, at, tz);
        } catch (error) {
          // "early March" said on 25 March is this March's 10th, already past.
          expect((error as Error).message).toMatch(/before the day it was said/);
          expect(text).toMatch(/January|March|June/);
          return;
        }
        expect(kept.text).toBe(text);
        expect(kept.date).not.toBeNull();
        expect((kept.date as string) >= said).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { addDays } from "../calendar/local-date.js";
import { resolveTimeline } from "./resolve-timeline.js";

// Friday 20 November 2026, 14:00 in New York (19:00 UTC).
const FRIDAY = "2026-11-20T19:00:00.000Z";
const NY = "America/New_York";

describe("resolveTimeline (R3)", () => {
  it.each([
    ["two weeks", "2026-12-04"],
    ["2 weeks", "2026-12-04"],
    ["within 10 days", "2026-11-30"],
    ["in a few days", "2026-11-23"],
    ["a week", "2026-11-27"],
    ["by Friday", "2026-11-27"], // said on a Friday: the next one
    ["end of next week", "2026-11-27"],
    ["end of the week", "2026-11-20"],
    ["by the end of the week.", "2026-11-20"],
    ["next week", "2026-11-27"],
    ["early December", "2026-12-10"],
    ["mid December", "2026-12-20"],
    ["mid-December", "2026-12-20"],
    ["late December", "2026-12-31"],
    ["end of the month", "2026-11-30"],
    ["next month", "2026-12-31"],
    ["2026-12-04", "2026-12-04"],
    ["Dec 4", "2026-12-04"],
    ["December 4th", "2026-12-04"],
    ["the 4th of December", "2026-12-04"],
    ["December 4th, 2026", "2026-12-04"],
    ["Jan 15", "2027-01-15"],
    ["1-2 weeks", "2026-12-04"],
    ["a week or two", "2026-12-04"],
    ["7 to 10 days", "2026-11-30"],
    ["twenty-one days", "2026-12-11"],
    ["5 business days", "2026-11-27"],
    ["in 3 months", "2027-02-20"],
    ["a fortnight", "2026-12-04"],
    ["We'll let you know within two weeks", "2026-12-04"],
    ["next Tuesday", "2026-11-24"],
    ["tomorrow", "2026-11-21"],
  ])("%s → %s", (text, date) => {
    expect(resolveTimeline(text, FRIDAY, NY)).toEqual({ text, date });
  });

  it("counts from the interview's local date, not the UTC one", () => {
    // 23:30 in New York on Friday is already Saturday in UTC.
    expect(resolveTimeline("a week", "2026-11-21T04:30:00.000Z", NY).date).toBe("2026-11-27");
    expect(resolveTimeline("a week", "2026-11-21T04:30:00.000Z", "Europe/Berlin").date).toBe(
      "2026-11-28",
    );
  });

  it("rejects unreadable text, listing what is accepted", () => {
    try {
      resolveTimeline("soonish, probably", FRIDAY, NY);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).toJSON()).toMatchObject({
        code: "INVALID_INPUT",
        field: "timeline",
      });
      expect((error as AppError).message).toBe('Cannot read the timeline "soonish, probably".');
      expect((error as AppError).accepted).toContain('"two weeks"');
    }
    expect(() => resolveTimeline("", FRIDAY, NY)).toThrow(/Cannot read/);
  });

  it("rejects a date before the interview", () => {
    expect(() => resolveTimeline("2026-11-01", FRIDAY, NY)).toThrow(/before the interview/);
    expect(() => resolveTimeline("early November", FRIDAY, NY)).toThrow(/before the interview/);
    expect(() => resolveTimeline("Nov 4", FRIDAY, NY)).toThrow(/before the interview/);
  });

  it("rejects a bad instant or zone", () => {
    expect(() => resolveTimeline("a week", "yesterday", NY)).toThrow(AppError);
    expect(() => resolveTimeline("a week", FRIDAY, "Nowhere/City")).toThrow(AppError);
  });
});

const interviewInstant = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString());
const zone = fc.constantFrom("America/Los_Angeles", "Europe/London", "Asia/Tokyo", "UTC");

function localDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(instant));
}

describe("resolveTimeline properties", () => {
  it("'N days' and 'N weeks' resolve exactly, N in 1..60", () => {
    fc.assert(
      fc.property(interviewInstant, zone, fc.integer({ min: 1, max: 60 }), (at, tz, n) => {
        const base = localDate(at, tz);
        expect(resolveTimeline(`${n} days`, at, tz).date).toBe(addDays(base, n));
        expect(resolveTimeline(`${n} weeks`, at, tz).date).toBe(addDays(base, 7 * n));
        expect(resolveTimeline(`within ${n} days`, at, tz).date).toBe(addDays(base, n));
      }),
    );
  });

  const phrase = fc.oneof(
    fc.constantFrom(
      "two weeks",
      "in a few days",
      "a week",
      "by Friday",
      "next Monday",
      "end of next week",
      "end of the week",
      "next week",
      "early December",
      "mid March",
      "late June",
      "end of the month",
      "next month",
      "Dec 4",
      "July 31st",
      "3rd of May",
    ),
    fc.integer({ min: 1, max: 30 }).map((n) => `${n} business days`),
  );

  it("never resolves before the interview day and keeps the raw text", () => {
    fc.assert(
      fc.property(interviewInstant, zone, phrase, (at, tz, text) => {
        let resolved: { text: string; date: string };
        try {
          resolved = resolveTimeline(text, at, tz);
        } catch (error) {
          // Only a named month can fall behind the interview ("early December" on 15 December).
          expect((error as Error).message).toMatch(/before the interview/);
          expect(text).toMatch(/December|March|June|Dec|July|May/);
          return;
        }
        expect(resolved.text).toBe(text);
        expect(resolved.date >= localDate(at, tz)).toBe(true);
      }),
    );
  });
});

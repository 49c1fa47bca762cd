import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { keepTimeline } from "./keep-timeline.js";
import { resolveTimeline } from "./resolve-timeline.js";

// Friday 20 November 2026, 14:00 in New York (19:00 UTC).
const FRIDAY = "2026-11-20T19:00:00.000Z";
const NY = "America/New_York";

describe("keepTimeline (R3: the timeline as said)", () => {
  it.each(["hmm, they were vague", "when pigs fly", "soonish, probably", "they'll see", "no idea"])(
    "keeps %j word for word, with no date",
    (text) => {
      expect(keepTimeline(text, FRIDAY, NY)).toEqual({ text, date: null });
    },
  );

  it.each([
    ["two weeks", "2026-12-04"],
    ["We'll let you know within two weeks", "2026-12-04"],
    ["end of next week", "2026-11-27"],
    ["Dec 4", "2026-12-04"],
  ])("%s → %s, as resolveTimeline reads it", (text, date) => {
    expect(keepTimeline(text, FRIDAY, NY)).toEqual({ text, date });
    expect(resolveTimeline(text, FRIDAY, NY)).toEqual({ text, date });
  });

  it("still refuses a date before the interview, saying what to fix", () => {
    try {
      keepTimeline("2026-11-01", FRIDAY, NY);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).field).toBe("timeline");
      expect((error as AppError).message).toMatch(/falls on 2026-11-01, before the interview/);
    }
  });

  it("resolveTimeline refuses what keepTimeline keeps, listing the forms it reads", () => {
    expect(() => resolveTimeline("hmm, they were vague", FRIDAY, NY)).toThrow(
      /Cannot read the timeline "hmm, they were vague"/,
    );
  });

  it("any text: kept verbatim, a date on or after the interview day or none, or refused as before it", () => {
    const words = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom("two weeks", "by Friday", "early November", "hmm", "Nov 4", "next month"),
    );
    fc.assert(
      fc.property(words, (text) => {
        let kept: ReturnType<typeof keepTimeline>;
        try {
          kept = keepTimeline(text, FRIDAY, NY);
        } catch (error) {
          expect((error as Error).message).toMatch(/before the interview/);
          return;
        }
        expect(kept.text).toBe(text);
        if (kept.date !== null) expect(kept.date >= "2026-11-20").toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { describeDecisionTimeline } from "./describe-decision-timeline.js";

describe("describeDecisionTimeline (R3, R11: the timeline by its meaning)", () => {
  it.each([
    ["two weeks", "2026-12-01", "you expected to decide within two weeks"],
    [
      "we'll get back to you within two weeks",
      "2026-12-01",
      "you expected to decide within two weeks",
    ],
    ["1-2 weeks", "2026-12-01", "you expected to decide within 1-2 weeks"],
    ["in a few days", "2026-11-20", "you expected to decide within a few days"],
    ["10 business days", "2026-12-01", "you expected to decide within 10 business days"],
    ["by Friday", "2026-11-20", "you planned to decide by Friday, November 20"],
    ["end of next week", "2026-11-27", "you planned to decide by Friday, November 27"],
    ["December 4th", "2026-12-04", "you planned to decide by Friday, December 4"],
    ["by the 15th", "2026-12-15", "you planned to decide by Tuesday, December 15"],
    ["Jan 15", "2027-01-15", "you planned to decide by Friday, January 15, 2027"],
    ["early December", "2026-12-10", "you expected to decide in early December"],
    ["mid December", "2026-12-20", "you expected to decide by mid-December"],
    ["late December", "2026-12-31", "you expected to decide in late December"],
    ["end of the month", "2026-11-30", "you expected to decide by the end of November"],
    ["next month", "2026-12-31", "you expected to decide by the end of December"],
  ])("%s (%s) → %s", (words, date, phrase) => {
    expect(describeDecisionTimeline(words, date, "2026-11-17")).toBe(phrase);
  });

  it("says nothing for words that gave no date, and never splices the words in", () => {
    expect(describeDecisionTimeline("hmm, they were vague", null, "2026-11-17")).toBeNull();
    expect(describeDecisionTimeline(null, null, "2026-11-17")).toBeNull();
    expect(
      describeDecisionTimeline("we'll get back to you by Friday", "2026-11-20", "2026-11-17"),
    ).not.toMatch(/get back/);
  });
});

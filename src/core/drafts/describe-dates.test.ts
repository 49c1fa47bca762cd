import { describe, expect, it } from "vitest";
import { dateOrderOf, describeWhen, formatLongDate } from "./describe-dates.js";
import { describeDecisionTimeline } from "./rewrite/describe-decision-timeline.js";

describe("dates as the sender's country writes them", () => {
  it("puts the month first in the US and Canada, the day first elsewhere", () => {
    expect(dateOrderOf("US")).toBe("month-first");
    expect(dateOrderOf("ca")).toBe("month-first");
    expect(dateOrderOf(null)).toBe("month-first");
    for (const country of ["GB", "IE", "AU", "IN", "DE", "NL"]) {
      expect(dateOrderOf(country)).toBe("day-first");
    }
  });

  it("writes a letter's date, a past day and a decision day in that order", () => {
    expect(formatLongDate("2026-11-20")).toBe("November 20, 2026");
    expect(formatLongDate("2026-11-20", "day-first")).toBe("20 November 2026");
    expect(describeWhen("2026-11-02", "2026-11-20", "day-first")).toBe("on 2 November");
    expect(describeWhen("2026-11-02", "2026-11-20")).toBe("on November 2");
    expect(describeDecisionTimeline("by the 4th", "2026-12-04", "2026-11-20", "day-first")).toBe(
      "you planned to decide by Friday 4 December",
    );
    expect(describeDecisionTimeline("by the 4th", "2027-01-04", "2026-11-20", "day-first")).toBe(
      "you planned to decide by Monday 4 January 2027",
    );
  });
});

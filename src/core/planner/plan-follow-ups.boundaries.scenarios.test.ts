// Scenarios at the edges of the planner's branches, each named by rule id: a test here fails when
// its branch or threshold moves. Every date was checked by hand against a calendar; the comments
// say how. Interview defaults: Friday 6 November 2026, 14:00 in New York (EST, UTC−5).
import { describe, expect, it } from "vitest";
import type { ActionKind, FollowUpAction } from "../domain/types.js";
import { planFollowUps } from "./plan-follow-ups.js";
import { facts } from "./test-facts.js";

const NOW = "2026-11-06T23:00:00.000Z";

function only(plan: FollowUpAction[], kind: ActionKind, contactId?: string | null): FollowUpAction {
  const found = plan.filter(
    (a) => a.kind === kind && (contactId === undefined || a.contactId === contactId),
  );
  expect(found).toHaveLength(1);
  return found[0] as FollowUpAction;
}

describe("R15 move-on on the profile's business days", () => {
  // Timeline Mon 30 Nov → check-in due Wed 2 Dec; reminders due Thu 10 and Fri 18 Dec; two weeks
  // after Fri 18 Dec is Fri 1 Jan 2027, New Year's Day.
  const plan = planFollowUps(facts({ interview: { timelineDate: "2026-11-30" } }), NOW);

  it("the last reminder is due Fri 18 Dec", () => {
    expect(plan.filter((a) => a.kind === "reminder").map((a) => a.dueDate)).toEqual([
      "2026-12-10",
      "2026-12-18",
    ]);
  });

  it("moves off New Year's Day to Mon 4 Jan, and each bound off a holiday or weekend", () => {
    // Start: Fri 25 Dec (Christmas) → Mon 28; late: Mon 11 Jan; overdue: Mon 18 Jan is Martin
    // Luther King Jr. Day → Tue 19 Jan.
    expect(only(plan, "move-on").window).toEqual({
      start: "2026-12-28T09:00:00.000-05:00",
      due: "2027-01-04T09:00:00.000-05:00",
      late: "2027-01-11T09:00:00.000-05:00",
      overdue: "2027-01-19T09:00:00.000-05:00",
    });
  });

  it("follows the profile's calendar, not the employer's: a German employer, a US profile", () => {
    // 1 Jan is a holiday in both; Tue 19 Jan is a working day in Bavaria and in the US, but Mon 18
    // (MLK Day) is closed only in the US: the move-on's overdue stays Tue 19.
    const german = planFollowUps(
      facts({
        interview: { timelineDate: "2026-11-30" },
        company: { country: "DE", region: "BY" },
      }),
      NOW,
    );
    expect(only(german, "move-on").window.overdue).toBe("2027-01-19T09:00:00.000-05:00");
    const home = planFollowUps(
      facts({
        interview: { timelineDate: "2026-11-30" },
        settings: { country: "DE", region: "BY" },
      }),
      NOW,
    );
    expect(only(home, "move-on").window.overdue).toBe("2027-01-18T09:00:00.000-05:00");
  });
});

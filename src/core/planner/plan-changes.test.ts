import { describe, expect, it } from "vitest";
import type { FollowUpAction } from "../domain/types.js";
import { planChanges, reasonOf } from "./plan-changes.js";

function action(overrides: Partial<FollowUpAction> & Pick<FollowUpAction, "id">): FollowUpAction {
  return {
    interviewId: "iv_1",
    contactId: "ct_dana",
    kind: "check-in",
    channel: "email",
    window: { start: "", due: "", late: "", overdue: "" },
    dueDate: "2026-12-08",
    rules: ["R11"],
    why: "R11: nothing heard by the stated timeline, so check in — sources 000, 003.",
    status: "planned",
    snoozedUntil: null,
    doneAt: null,
    skipReason: null,
    correspondenceId: null,
    ...overrides,
  };
}

const names = new Map([["ct_dana", "Dana Whitfield"]]);
const of = (...actions: FollowUpAction[]) => new Map(actions.map((a) => [a.id, a]));

describe("planChanges (R16: what moved, in words)", () => {
  it("a moved check-in: from and to in human dates, the planner's reason without rule ids or sources", () => {
    const before = action({ id: "a1" });
    const after = action({
      id: "a1",
      dueDate: "2026-12-17",
      why: 'R11/R16: Dana Whitfield replied on Wed 2 Dec that they decide by Tue 15 Dec ("by the 15th"), so check in with Dana Whitfield by email 1–2 business days later — sources 000, 003.',
    });
    expect(planChanges({ before: of(before), after: of(after), names, thisYear: 2026 })).toEqual([
      expect.objectContaining({
        change: "moved",
        fromDue: "2026-12-08",
        toDue: "2026-12-17",
        sentence:
          'Check-in with Dana Whitfield moved from Tue 8 Dec to Thu 17 Dec: Dana Whitfield replied on Wed 2 Dec that they decide by Tue 15 Dec ("by the 15th").',
      }),
    ]);
  });

  it("cancelled with the cause, added with its day; unchanged, settled and still-cancelled ones are not reported", () => {
    const before = of(
      action({ id: "card", kind: "thank-you-card", channel: "card" }),
      action({ id: "same" }),
      action({ id: "sent", status: "sent" }),
      action({ id: "gone", status: "cancelled" }),
    );
    const after = of(
      action({ id: "card", kind: "thank-you-card", channel: "card", status: "cancelled" }),
      action({ id: "same" }),
      action({ id: "sent", status: "sent", dueDate: "2027-01-04" }),
      action({ id: "gone", status: "cancelled" }),
      action({
        id: "thanks",
        kind: "post-decision-thanks",
        dueDate: "2027-01-04",
        why: "R17: not hired, still thank Dana Whitfield for the opportunity — sources 001, 002.",
      }),
    );
    const changes = planChanges({ before, after, names, cause: "not hired", thisYear: 2026 });
    expect(changes.map((c) => c.sentence)).toEqual([
      "Thank-you card to Dana Whitfield cancelled: not hired.",
      "Thanks after the decision to Dana Whitfield added for Mon 4 Jan 2027: not hired, still thank Dana Whitfield for the opportunity.",
    ]);
  });

  it("reasonOf keeps the words before ', so'", () => {
    expect(
      reasonOf("R14: if the follow-up of Tue 8 Dec goes unanswered, send a reminder — source 003."),
    ).toBe("if the follow-up of Tue 8 Dec goes unanswered, send a reminder");
  });
});

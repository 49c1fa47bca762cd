// R15 + R16: a reply without news still moves the pending follow-ups at least a week past it, and
// a reply beats an agreed follow-up day that would come too soon (R16 over R12). Interview: Monday
// 30 November 2026, 14:00 in New York (EST, UTC−5); Dana Whit is the hiring manager.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/local-date.js";
import type { FollowUpAction, Interview } from "../domain/types.js";
import { planFollowUps } from "./plan-follow-ups.js";
import type { Participant } from "./planning-facts.js";
import { event, facts, person } from "./test-facts.js";

const STARTS_AT = "2026-11-30T19:00:00.000Z";
const WED_2_DEC = "2026-12-02T15:00:00.000Z";
const dana = person("con_dana", { name: "Dana Whit", role: "hiring-manager" });

function planWith(
  options: {
    participants?: Participant[];
    interview?: Partial<Interview>;
    replies?: { at: string; timelineText?: string | null; timelineDate?: string | null }[];
  },
  now: string,
): FollowUpAction[] {
  const events = (options.replies ?? []).map((r) =>
    event({
      kind: "reply",
      contactId: "con_dana",
      occurredAt: r.at,
      timelineText: r.timelineText ?? null,
      timelineDate: r.timelineDate ?? null,
    }),
  );
  return planFollowUps(
    facts({
      interview: { startsAt: STARTS_AT, ...options.interview },
      participants: options.participants ?? [dana],
      history: { events },
    }),
    now,
  );
}

const only = (plan: FollowUpAction[], kind: string) => {
  const found = plan.filter((a) => a.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as FollowUpAction;
};

describe("R16: a reply without news moves pending follow-ups a week past it (R15)", () => {
  it("told 'by Thursday' (3 Dec: check in Fri 4); a reply on Wed 2 Dec → opens Wed 9, due Thu 10", () => {
    const before = only(
      planWith(
        { interview: { timelineText: "by Thursday", timelineDate: "2026-12-03" } },
        WED_2_DEC,
      ),
      "check-in",
    );
    expect(before.window.start).toBe("2026-12-04T09:00:00.000-05:00");
    const after = only(
      planWith(
        {
          interview: { timelineText: "by Thursday", timelineDate: "2026-12-03" },
          replies: [{ at: WED_2_DEC }],
        },
        "2026-12-02T20:00:00.000Z",
      ),
      "check-in",
    );
    expect(after.window.start).toBe("2026-12-09T09:00:00.000-05:00");
    expect(after.dueDate).toBe("2026-12-10");
    expect(after.rules).toEqual(["R11", "R16"]);
    expect(after.why).toContain("Acme answered on Wed 2 Dec, so it waits a week from that (R16)");
  });

  it("a later check-in is not pulled earlier: told 'two weeks' (Mon 14 Dec) stays Tue 15, due Wed 16", () => {
    const checkIn = only(
      planWith(
        {
          interview: { timelineText: "two weeks", timelineDate: "2026-12-14" },
          replies: [{ at: WED_2_DEC }],
        },
        "2026-12-02T20:00:00.000Z",
      ),
      "check-in",
    );
    expect(checkIn.window.start).toBe("2026-12-15T09:00:00.000-05:00");
    expect(checkIn.rules).toEqual(["R11"]);
  });

  it("property: after a reply without news on any day, every pending check-in and reminder opens a week or more after it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 23 }), (d, h) => {
        const at = new Date(Date.parse("2026-11-30T20:00:00.000Z") + (d * 24 + h) * 3_600_000);
        const repliedAt = at.toISOString();
        const plan = planWith({ replies: [{ at: repliedAt }] }, repliedAt);
        const replyDay = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(
          at,
        );
        const chain = plan.filter((a) => a.kind === "check-in" || a.kind === "reminder");
        expect(chain.length).toBeGreaterThan(0);
        for (const action of chain)
          expect(action.window.start.slice(0, 10) >= addDays(replyDay, 7)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe("R16 over R12: Dana agreed to a follow-up on Fri 4 Dec, then replied", () => {
  const agreed = person("con_dana", {
    name: "Dana Whit",
    role: "hiring-manager",
    followUpOn: "2026-12-04",
    followUpVia: "phone",
  });

  it("no reply: the check-in is on exactly Fri 4 Dec, by phone (R12)", () => {
    const checkIn = only(planWith({ participants: [agreed] }, WED_2_DEC), "check-in");
    expect([checkIn.dueDate, checkIn.channel, checkIn.rules]).toEqual([
      "2026-12-04",
      "phone",
      ["R12"],
    ]);
  });

  it("her reply on Wed 2 Dec moves it to a week after (opens Wed 9, due Thu 10), still by phone, saying why", () => {
    const checkIn = only(
      planWith(
        { participants: [agreed], replies: [{ at: WED_2_DEC }] },
        "2026-12-02T20:00:00.000Z",
      ),
      "check-in",
    );
    expect([checkIn.contactId, checkIn.channel, checkIn.window.start, checkIn.dueDate]).toEqual([
      "con_dana",
      "phone",
      "2026-12-09T09:00:00.000-05:00",
      "2026-12-10",
    ]);
    expect(checkIn.rules).toEqual(["R16", "R14", "R12"]);
    expect(checkIn.why).toBe(
      "R16: Acme answered on Wed 2 Dec, so the check-in agreed for Fri 4 Dec moves to a week or two after that answer — sources 003, 004.",
    );
  });
});

describe("R11/R16: news in words that give no date", () => {
  it("'hmm, they were vague' on Wed 2 Dec: assume 10 days from then (Sat 12 Dec) → opens Mon 14, and say so", () => {
    const checkIn = only(
      planWith(
        { replies: [{ at: WED_2_DEC, timelineText: "hmm, they were vague" }] },
        "2026-12-02T20:00:00.000Z",
      ),
      "check-in",
    );
    expect(checkIn.window.start).toBe("2026-12-14T09:00:00.000-05:00");
    expect(checkIn.rules).toEqual(["R11", "R16"]);
    expect(checkIn.why).toBe(
      'R11/R16: Dana Whit replied on Wed 2 Dec that they decide "hmm, they were vague", which gives no date, so assume 10 days from then (to Sat 12 Dec) and check in with Dana Whit by email 1–2 business days later — sources 001, 003; once you know the date, correct the timeline and the check-in moves with it.',
    );
  });

  it("words a reader understands are read from the day said: 'by the 15th' kept without a date → Tue 15 Dec", () => {
    const checkIn = only(
      planWith(
        { replies: [{ at: WED_2_DEC, timelineText: "by the 15th" }] },
        "2026-12-02T20:00:00.000Z",
      ),
      "check-in",
    );
    expect(checkIn.window.start).toBe("2026-12-16T09:00:00.000-05:00");
    expect(checkIn.why).toContain("that they decide by Tue 15 Dec");
  });
});

// Scenarios named by rule id. Every date below was checked by hand against a calendar; the
// comments say how. Interview defaults: Friday 6 November 2026, 14:00 in New York (EST, UTC−5).
import { describe, expect, it } from "vitest";
import { createBusinessCalendar } from "../calendar/create-business-calendar.js";
import type { ActionKind, FollowUpAction } from "../domain/types.js";
import { actionId } from "./action-id.js";
import { planFollowUps } from "./plan-follow-ups.js";
import { event, facts, interview, message, panel, person, settle } from "./test-facts.js";

const NOW = "2026-11-06T23:00:00.000Z";

function only(plan: FollowUpAction[], kind: ActionKind, contactId?: string | null): FollowUpAction {
  const found = plan.filter(
    (a) => a.kind === kind && (contactId === undefined || a.contactId === contactId),
  );
  expect(found).toHaveLength(1);
  return found[0] as FollowUpAction;
}

function kinds(plan: FollowUpAction[]): string[] {
  return plan.map((a) => `${a.kind}:${a.contactId ?? "-"}:${a.dueDate}`);
}

describe("R6/R7 + R11 + R14 + R15: a Friday interview told 'two weeks'", () => {
  const plan = planFollowUps(
    facts({ interview: { timelineText: "two weeks", timelineDate: "2026-11-20" } }),
    NOW,
  );

  it("R6/R7: one thank-you email per participant, due that evening, late after 24 h", () => {
    const thanks = plan.filter((a) => a.kind === "thank-you-email");
    expect(thanks.map((a) => a.contactId).sort()).toEqual(["con_hm", "con_int", "con_rec"]);
    for (const a of thanks) {
      expect(a.window).toEqual({
        start: "2026-11-06T15:00:00.000-05:00",
        due: "2026-11-06T20:00:00.000-05:00",
        late: "2026-11-07T15:00:00.000-05:00",
        overdue: "2026-11-08T15:00:00.000-05:00",
      });
      expect(a.dueDate).toBe("2026-11-06");
      expect(a.rules).toEqual(["R6", "R7"]);
      expect(a.status).toBe("planned");
    }
  });

  it("R11: timeline Fri 20 Nov → check in Mon 23 (opens) to Tue 24 (due), with the hiring manager", () => {
    const checkIn = only(plan, "check-in");
    expect(checkIn.contactId).toBe("con_hm");
    expect(checkIn.channel).toBe("email");
    expect(checkIn.dueDate).toBe("2026-11-24");
    // Overdue two business days after Tue 24: Wed 25, then Thanksgiving (26) is skipped → Fri 27.
    expect(checkIn.window).toEqual({
      start: "2026-11-23T09:00:00.000-05:00",
      due: "2026-11-24T10:00:00.000-05:00",
      late: "2026-11-24T17:00:00.000-05:00",
      overdue: "2026-11-27T17:00:00.000-05:00",
    });
    expect(checkIn.rules).toEqual(["R11"]);
    expect(checkIn.why).toMatch(
      /^R11: nothing heard by the stated timeline \("two weeks", Fri 20 Nov\).*source/,
    );
  });

  it("R14/R15: two reminders a week after each other, then move-on", () => {
    // From Tue 24 Nov: +7 → Tue 1 Dec (due Wed 2); +7 → Wed 9 Dec (due Thu 10); move-on Thu 10 + 14.
    expect(kinds(plan.filter((a) => a.kind === "reminder" || a.kind === "move-on"))).toEqual([
      "reminder:con_hm:2026-12-02",
      "reminder:con_hm:2026-12-10",
      "move-on:-:2026-12-24",
    ]);
  });

  it("cites at least one rule everywhere and uses stable ids", () => {
    for (const a of plan) expect(a.rules.length).toBeGreaterThan(0);
    expect(only(plan, "check-in").id).toBe(actionId("int_1", "check-in", "con_hm", 0));
    expect(new Set(plan.map((a) => a.id)).size).toBe(plan.length);
  });
});

describe("R11 on holidays", () => {
  it("timeline ends on US Thanksgiving (Thu 26 Nov 2026) → opens Fri 27, due Mon 30", () => {
    const plan = planFollowUps(
      facts({ interview: { startsAt: "2026-11-12T19:00:00.000Z", timelineText: "two weeks" } }),
      "2026-11-12T23:00:00.000Z",
    );
    const checkIn = only(plan, "check-in");
    expect(checkIn.window.start).toBe("2026-11-27T09:00:00.000-05:00");
    expect(checkIn.window.due).toBe("2026-11-30T10:00:00.000-05:00");
  });

  const london = {
    company: { country: "GB", region: "ENG" },
    participants: [person("con_uk", { role: "hiring-manager", timeZone: "Europe/London" })],
  };

  it("timeline ends on the UK Boxing Day substitute (Tue 28 Dec 2027) → Wed 29 to Thu 30", () => {
    const plan = planFollowUps(
      facts({
        ...london,
        interview: {
          startsAt: "2027-12-14T14:00:00.000Z",
          timeZone: "Europe/London",
          timelineDate: "2027-12-28",
        },
      }),
      "2027-12-14T18:00:00.000Z",
    );
    expect(createBusinessCalendar("GB", "ENG").holidayOn("2027-12-28")).toBe(
      "Boxing Day (substitute day)",
    );
    const checkIn = only(plan, "check-in");
    expect(checkIn.window.start).toBe("2027-12-29T09:00:00.000+00:00");
    expect(checkIn.window.due).toBe("2027-12-30T10:00:00.000+00:00");
  });

  it("timeline Thu 23 Dec 2027 → opens Fri 24, due Wed 29 (25–28 are weekend and substitutes)", () => {
    const plan = planFollowUps(
      facts({
        ...london,
        interview: {
          startsAt: "2027-12-09T14:00:00.000Z",
          timeZone: "Europe/London",
          timelineDate: "2027-12-23",
        },
      }),
      "2027-12-09T18:00:00.000Z",
    );
    expect(only(plan, "check-in").dueDate).toBe("2027-12-29");
  });
});

describe("time zones", () => {
  // Video interview Tue 10 Nov 2026, 10:00 in Los Angeles (PST, UTC−8); the recruiter is in Tokyo,
  // the employer is Japanese: Mon 23 Nov 2026 is Labour Thanksgiving Day there.
  const plan = planFollowUps(
    facts({
      interview: {
        startsAt: "2026-11-10T18:00:00.000Z",
        timeZone: "America/Los_Angeles",
        format: "video",
        timelineDate: "2026-11-20",
      },
      company: { country: "JP" },
      settings: { timeZone: "America/Los_Angeles" },
      participants: [person("con_jp", { role: "recruiter", timeZone: "Asia/Tokyo" })],
    }),
    "2026-11-10T20:00:00.000Z",
  );

  it("R6: the thank-you is due 20:00 in Los Angeles, shown in Tokyo time (13:00 the next day)", () => {
    const thanks = only(plan, "thank-you-email");
    expect(thanks.window.start).toBe("2026-11-11T04:00:00.000+09:00");
    expect(thanks.window.due).toBe("2026-11-11T13:00:00.000+09:00");
    expect(thanks.dueDate).toBe("2026-11-11");
  });

  it("R11: check-in in Tokyo business hours on Japanese business days (Mon 23 is a holiday)", () => {
    expect(createBusinessCalendar("JP").isBusinessDay("2026-11-23")).toBe(false);
    const checkIn = only(plan, "check-in");
    expect(checkIn.window.start).toBe("2026-11-24T09:00:00.000+09:00");
    expect(checkIn.window.due).toBe("2026-11-25T10:00:00.000+09:00");
    expect(checkIn.dueDate).toBe("2026-11-25");
  });

  it("DST: Europe/London clocks go back on Sun 25 Oct 2026 inside the check-in window", () => {
    const uk = planFollowUps(
      facts({
        company: { country: "GB", region: "ENG" },
        interview: {
          startsAt: "2026-10-08T13:00:00.000Z",
          timeZone: "Europe/London",
          timelineText: "two weeks",
        },
      }),
      "2026-10-08T18:00:00.000Z",
    );
    // Timeline Thu 22 Oct → opens Fri 23 (BST), due Mon 26 (GMT), overdue Wed 28.
    expect(only(uk, "check-in").window).toEqual({
      start: "2026-10-23T09:00:00.000+01:00",
      due: "2026-10-26T10:00:00.000+00:00",
      late: "2026-10-26T17:00:00.000+00:00",
      overdue: "2026-10-28T17:00:00.000+00:00",
    });
  });
});

describe("R12: a commitment wins over R11", () => {
  const committed = [
    person("con_hm", { role: "hiring-manager" }),
    person("con_rec", { role: "recruiter", followUpOn: "2026-11-13", followUpVia: "phone" }),
  ];
  const plan = planFollowUps(
    facts({ participants: committed, interview: { timelineDate: "2026-11-20" } }),
    NOW,
  );

  it("calls the recruiter on exactly Fri 13 Nov, and no R11 check-in to the hiring manager", () => {
    const checkIn = only(plan, "check-in");
    expect(checkIn.contactId).toBe("con_rec");
    expect(checkIn.channel).toBe("phone");
    expect(checkIn.window.start).toBe("2026-11-13T09:00:00.000-05:00");
    expect(checkIn.window.due).toBe("2026-11-13T10:00:00.000-05:00");
    expect(checkIn.rules).toEqual(["R12"]);
  });

  it("reminders follow a week after the agreed day: Fri 20 → due Mon 23, Mon 30 → due Tue 1 Dec", () => {
    expect(kinds(plan.filter((a) => a.kind === "reminder"))).toEqual([
      "reminder:con_rec:2026-11-23",
      "reminder:con_rec:2026-12-01",
    ]);
  });

  it("keeps an agreed day even on Thanksgiving, and says so", () => {
    const onHoliday = planFollowUps(
      facts({ participants: [person("con_rec", { role: "recruiter", followUpOn: "2026-11-26" })] }),
      NOW,
    );
    const checkIn = only(onHoliday, "check-in");
    expect(checkIn.dueDate).toBe("2026-11-26");
    expect(checkIn.why).toContain("Thanksgiving Day");
  });
});

describe("R15: two interviews at the same company a few days apart", () => {
  // A: Mon 2 Nov, timeline Fri 13 Nov → check-in due Tue 17, reminders due Wed 25 Nov and Thu 3 Dec.
  // B (another role): Thu 5 Nov, timeline Mon 16 Nov → natural check-in Tue 17 / Wed 18 Nov.
  const a = interview({
    id: "int_a",
    applicationId: "app_a",
    startsAt: "2026-11-02T15:00:00.000Z",
    timelineDate: "2026-11-13",
  });
  const b = interview({
    id: "int_b",
    applicationId: "app_b",
    startsAt: "2026-11-05T15:00:00.000Z",
    timelineDate: "2026-11-16",
  });
  const now = "2026-11-06T12:00:00.000Z";
  const planA = planFollowUps(facts({ interview: a, history: { interviews: [a, b] } }), now);
  const planB = planFollowUps(
    facts({ interview: b, history: { interviews: [a, b], actions: planA } }),
    now,
  );

  it("the earlier interview keeps its dates", () => {
    expect(kinds(planA.filter((x) => x.kind === "check-in" || x.kind === "reminder"))).toEqual([
      "check-in:con_hm:2026-11-17",
      "reminder:con_hm:2026-11-25",
      "reminder:con_hm:2026-12-03",
    ]);
    // Planned again with B's actions stored, A does not move: B yields (deterministic tie-break).
    const again = planFollowUps(
      facts({ interview: a, history: { interviews: [a, b], actions: planB } }),
      now,
    );
    expect(again).toEqual(planA);
  });

  it("the later one waits a week past A's follow-ups: opens Thu 10 Dec, due Fri 11 Dec", () => {
    const checkIn = only(planB, "check-in");
    expect(checkIn.window.start).toBe("2026-12-10T09:00:00.000-05:00");
    expect(checkIn.dueDate).toBe("2026-12-11");
    expect(checkIn.rules).toEqual(["R11", "R15"]);
    expect(checkIn.why).toContain("R15");
  });

  it("thank-you emails are not spaced (R6 wants them the same day)", () => {
    expect(planB.filter((x) => x.kind === "thank-you-email").map((x) => x.dueDate)).toEqual([
      "2026-11-05",
      "2026-11-05",
      "2026-11-05",
    ]);
  });
});

describe("R15: three unanswered follow-ups → move-on", () => {
  const first = planFollowUps(facts({ interview: { timelineDate: "2026-11-20" } }), NOW);
  const at = (kind: ActionKind, seq: number) => {
    const id = actionId("int_1", kind, "con_hm", seq);
    const found = first.find((x) => x.id === id);
    if (found === undefined) throw new Error(`no ${kind} ${seq}`);
    return found;
  };
  const stored = [
    ...first
      .filter((x) => x.kind === "thank-you-email")
      .map((x) => settle(x, "sent", "2026-11-06T23:30:00.000Z")),
    settle(at("check-in", 0), "sent", "2026-11-24T15:00:00.000Z"),
    settle(at("reminder", 0), "sent", "2026-12-02T15:00:00.000Z"),
    settle(at("reminder", 1), "sent", "2026-12-10T15:00:00.000Z"),
  ];
  const plan = planFollowUps(
    facts({ interview: { timelineDate: "2026-11-20" }, history: { actions: stored } }),
    "2026-12-20T12:00:00.000Z",
  );

  it("returns the sent ones unchanged and plans no more nudges", () => {
    for (const s of stored) expect(plan).toContainEqual(s);
    expect(plan.filter((x) => x.status === "planned").map((x) => x.kind)).toEqual(["move-on"]);
  });

  it("suggests moving on two weeks after the last one (Thu 10 Dec → Thu 24 Dec)", () => {
    const moveOn = only(plan, "move-on");
    expect(moveOn.window.start).toBe("2026-12-17T09:00:00.000-05:00");
    expect(moveOn.dueDate).toBe("2026-12-24");
    expect(moveOn.rules).toContain("R15");
  });

  it("an incoming reply after the third resets the count: a fresh check-in a week later", () => {
    const replied = planFollowUps(
      facts({
        interview: { timelineDate: "2026-11-20" },
        history: {
          actions: stored,
          correspondence: [message({ direction: "in", occurredAt: "2026-12-14T15:00:00.000Z" })],
        },
      }),
      "2026-12-20T12:00:00.000Z",
    );
    // Reply Mon 14 Dec → +7 = Mon 21 Dec (opens), due Tue 22; then reminders.
    const fresh = replied.filter((x) => x.status === "planned" && x.kind !== "move-on");
    expect(fresh[0]?.kind).toBe("check-in");
    expect(fresh[0]?.dueDate).toBe("2026-12-22");
    expect(fresh[0]?.id).toBe(actionId("int_1", "check-in", "con_hm", 1));
    expect(fresh).toHaveLength(3);
  });
});

describe("R16: a reply before the check-in", () => {
  const reply = event({ kind: "reply", occurredAt: "2026-11-19T15:00:00.000Z" });

  it("moves the check-in to a week after the reply (Thu 19 → Thu 26 is Thanksgiving → Fri 27, due Mon 30)", () => {
    const plan = planFollowUps(
      facts({ interview: { timelineDate: "2026-11-20" }, history: { events: [reply] } }),
      "2026-11-20T12:00:00.000Z",
    );
    const checkIn = only(plan, "check-in");
    expect(checkIn.window.start).toBe("2026-11-27T09:00:00.000-05:00");
    expect(checkIn.dueDate).toBe("2026-11-30");
    expect(checkIn.rules).toEqual(["R11", "R16"]);
  });

  it("ignores a reply dated after `now` (not known yet)", () => {
    const plan = planFollowUps(
      facts({ interview: { timelineDate: "2026-11-20" }, history: { events: [reply] } }),
      "2026-11-18T12:00:00.000Z",
    );
    expect(only(plan, "check-in").dueDate).toBe("2026-11-24");
  });

  it("a next round stops this interview's check-ins; the thank-yous stay", () => {
    const next = interview({ id: "int_2", round: 2, startsAt: "2026-11-16T19:00:00.000Z" });
    const plan = planFollowUps(facts({ history: { interviews: [interview(), next] } }), NOW);
    expect(new Set(plan.map((x) => x.kind))).toEqual(new Set(["thank-you-email"]));
  });

  it("a withdrawal ends the plan but keeps what was sent", () => {
    const sent = settle(
      planFollowUps(facts(), NOW)[0] as FollowUpAction,
      "sent",
      "2026-11-06T23:00:00.000Z",
    );
    const plan = planFollowUps(
      facts({
        history: {
          actions: [sent],
          events: [event({ kind: "withdrawn", occurredAt: "2026-11-09T15:00:00.000Z" })],
        },
      }),
      "2026-11-10T12:00:00.000Z",
    );
    expect(plan).toEqual([sent]);
  });
});

describe("R17: after the decision", () => {
  it("rejected (Mon 16 Nov, 11:00) → thanks Tue 17, open positions a week on, check in again in 1–2 months", () => {
    const plan = planFollowUps(
      facts({
        history: {
          events: [
            event({
              kind: "decision",
              outcome: "rejected",
              contactId: "con_rec",
              occurredAt: "2026-11-16T16:00:00.000Z",
            }),
          ],
        },
      }),
      "2026-11-16T18:00:00.000Z",
    );
    const thanks = only(plan, "post-decision-thanks");
    expect([thanks.contactId, thanks.channel, thanks.window.start, thanks.window.due]).toEqual([
      "con_rec",
      "email",
      "2026-11-16T11:00:00.000-05:00",
      "2026-11-17T10:00:00.000-05:00",
    ]);
    const inquiry = only(plan, "open-positions-inquiry");
    expect([inquiry.contactId, inquiry.window.start, inquiry.dueDate]).toEqual([
      "con_rec",
      "2026-11-23T09:00:00.000-05:00",
      "2026-11-24",
    ]);
    // +1 month = Wed 16 Dec (due Thu 17); outer bound +2 months = Sat 16 Jan 2027 → Mon 18 is
    // Martin Luther King Jr. Day → Tue 19 Jan.
    const longRange = only(plan, "long-range-check-in");
    expect(longRange.window).toEqual({
      start: "2026-12-16T09:00:00.000-05:00",
      due: "2026-12-17T10:00:00.000-05:00",
      late: "2026-12-17T17:00:00.000-05:00",
      overdue: "2027-01-19T17:00:00.000-05:00",
    });
    expect(
      plan.some((x) => x.kind === "check-in" || x.kind === "reminder" || x.kind === "move-on"),
    ).toBe(false);
  });

  it("hired → a thank-you card to the hiring manager and the supervisor, mailed next business day", () => {
    const withBoss = [...panel(), person("con_sup", { role: "supervisor" })];
    const plan = planFollowUps(
      facts({
        participants: withBoss,
        history: {
          events: [
            event({ kind: "decision", outcome: "hired", occurredAt: "2026-11-20T16:00:00.000Z" }),
          ],
        },
      }),
      "2026-11-20T18:00:00.000Z",
    );
    const cards = plan.filter((x) => x.kind === "post-decision-thanks");
    expect(cards.map((x) => [x.contactId, x.channel, x.dueDate])).toEqual([
      ["con_hm", "card", "2026-11-23"],
      ["con_sup", "card", "2026-11-23"],
    ]);
    expect(plan.some((x) => x.kind === "open-positions-inquiry" || x.kind === "check-in")).toBe(
      false,
    );
  });
});

describe("R18: a bad-feeling interview is still planned", () => {
  it("plans the same actions, citing R18 on the thank-yous", () => {
    const bad = planFollowUps(facts({ interview: { feeling: "went badly, I froze" } }), NOW);
    const neutral = planFollowUps(facts(), NOW);
    expect(bad.map((x) => [x.id, x.window])).toEqual(neutral.map((x) => [x.id, x.window]));
    for (const thanks of bad.filter((x) => x.kind === "thank-you-email")) {
      expect(thanks.rules).toContain("R18");
      expect(thanks.why).toContain("R18");
    }
  });
});

describe("R8/R9/R10: optional courtesies", () => {
  const plan = planFollowUps(
    facts({
      interview: { sendCard: true, summaryLetter: true },
      participants: [
        person("con_hm", { role: "hiring-manager", agreedToConnect: true }),
        person("con_int"),
      ],
    }),
    NOW,
  );

  it("R8: a card per participant, in the post by Mon 9 Nov (next business day after Friday)", () => {
    expect(plan.filter((x) => x.kind === "thank-you-card").map((x) => x.window.due)).toEqual([
      "2026-11-09T16:00:00.000-05:00",
      "2026-11-09T16:00:00.000-05:00",
    ]);
  });

  it("R9: LinkedIn only where the person agreed; R10: one letter to the main contact", () => {
    expect(only(plan, "linkedin-request").contactId).toBe("con_hm");
    expect(only(plan, "summary-letter").contactId).toBe("con_hm");
    expect(only(plan, "summary-letter").channel).toBe("letter");
  });
});

describe("stored actions", () => {
  it("snoozed: keeps snoozedUntil and opens then; settled ones are never rescheduled", () => {
    const first = planFollowUps(facts({ interview: { timelineDate: "2026-11-20" } }), NOW);
    const checkIn = only(first, "check-in");
    const snoozed = { ...checkIn, snoozedUntil: "2026-11-26T14:00:00.000Z" };
    const done = settle(
      only(first, "thank-you-email", "con_hm"),
      "done",
      "2026-11-06T22:00:00.000Z",
    );
    const plan = planFollowUps(
      facts({ interview: { timelineDate: "2026-11-20" }, history: { actions: [snoozed, done] } }),
      "2027-06-01T00:00:00.000Z",
    );
    const moved = only(plan, "check-in");
    expect(moved.snoozedUntil).toBe("2026-11-26T14:00:00.000Z");
    expect(moved.window.start).toBe("2026-11-26T09:00:00.000-05:00");
    expect(moved.window.due).toBe("2026-11-26T09:00:00.000-05:00");
    expect(only(plan, "thank-you-email", "con_hm")).toBe(done);
  });

  it("rejects a malformed now or zone with INVALID_INPUT", () => {
    expect(() => planFollowUps(facts(), "soon")).toThrow(/not a date and time/);
    expect(() => planFollowUps(facts({ interview: { timeZone: "Mars/Base" } }), NOW)).toThrow(
      /Unknown time zone/,
    );
  });
});

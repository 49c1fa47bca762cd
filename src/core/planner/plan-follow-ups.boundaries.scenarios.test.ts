// Scenarios at the edges of the planner's branches, each named by rule id: a test here fails when
// its branch or threshold moves. Every date was checked by hand against a calendar; the comments
// say how. Interview defaults: Friday 6 November 2026, 14:00 in New York (EST, UTC−5).
import { describe, expect, it } from "vitest";
import type { ActionKind, FollowUpAction } from "../domain/types.js";
import { planFollowUps } from "./plan-follow-ups.js";
import { event, facts, message, person } from "./test-facts.js";

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

describe("R16 over R12: an answer moves the agreed check-in only when it would come too soon", () => {
  // The recruiter agreed to a call on Fri 20 Nov (R4, R12); R16 wants a week after any answer.
  const agreed = [
    person("con_hm", { name: "Hana Moreau", role: "hiring-manager" }),
    person("con_rec", { role: "recruiter", followUpOn: "2026-11-20", followUpVia: "phone" }),
  ];
  const planAfterReply = (repliedAt: string) =>
    only(
      planFollowUps(
        facts({
          participants: agreed,
          history: { events: [event({ kind: "reply", occurredAt: repliedAt })] },
        }),
        "2026-11-19T23:00:00.000Z",
      ),
      "check-in",
    );

  it("a reply on Thu 19 Nov: +7 is Thanksgiving (26) → opens Fri 27, due Mon 30, still by phone", () => {
    const checkIn = planAfterReply("2026-11-19T15:00:00.000Z");
    expect([checkIn.contactId, checkIn.channel, checkIn.window.start, checkIn.dueDate]).toEqual([
      "con_rec",
      "phone",
      "2026-11-27T09:00:00.000-05:00",
      "2026-11-30",
    ]);
    expect(checkIn.rules).toEqual(["R16", "R14", "R12"]);
    expect(checkIn.why).toBe(
      "R16: Acme answered on Thu 19 Nov, so the check-in agreed for Fri 20 Nov moves to a week or two after that answer — sources 003, 004.",
    );
  });

  it("a reply exactly a week before the agreed day (Fri 13 Nov) leaves it on Fri 20 (R12)", () => {
    const checkIn = planAfterReply("2026-11-13T15:00:00.000Z");
    expect([checkIn.dueDate, checkIn.rules]).toEqual(["2026-11-20", ["R12"]]);
  });

  it("a reply six days before (Sat 14 Nov) moves it: +7 is Sat 21 → opens Mon 23, due Tue 24", () => {
    const checkIn = planAfterReply("2026-11-14T15:00:00.000Z");
    expect([checkIn.window.start, checkIn.dueDate, checkIn.rules]).toEqual([
      "2026-11-23T09:00:00.000-05:00",
      "2026-11-24",
      ["R16", "R14", "R12"],
    ]);
  });
});

describe("R6 on site: the thank-you is due that evening where the interview was", () => {
  // Fri 6 Nov 2026, 14:00 in London (GMT); the user lives in Los Angeles; one interviewer is in
  // Berlin (CET, UTC+1).
  const people = [
    person("con_hm", { role: "hiring-manager" }),
    person("con_de", { timeZone: "Europe/Berlin" }),
  ];
  const planAs = (format: "on-site" | "video") =>
    planFollowUps(
      facts({
        interview: { format, timeZone: "Europe/London", startsAt: "2026-11-06T14:00:00.000Z" },
        settings: { timeZone: "America/Los_Angeles" },
        participants: people,
      }),
      "2026-11-06T16:00:00.000Z",
    );

  it("on site: 20:00 in London, shown in each interviewer's own zone", () => {
    const plan = planAs("on-site");
    expect(only(plan, "thank-you-email", "con_hm").window.due).toBe(
      "2026-11-06T20:00:00.000+00:00",
    );
    expect(only(plan, "thank-you-email", "con_de").window.due).toBe(
      "2026-11-06T21:00:00.000+01:00",
    );
  });

  it("by video the user is at home: 20:00 in Los Angeles is 04:00 on Saturday in London", () => {
    expect(only(planAs("video"), "thank-you-email", "con_hm").window.due).toBe(
      "2026-11-07T04:00:00.000+00:00",
    );
  });
});

describe("R6: the end of the thank-you window", () => {
  it("an interview ending late (19:30 → 20:30 in New York) still leaves an hour: due 21:30", () => {
    const plan = planFollowUps(
      facts({ interview: { startsAt: "2026-11-07T00:30:00.000Z" } }),
      "2026-11-07T02:00:00.000Z",
    );
    expect(only(plan, "thank-you-email", "con_hm").window).toEqual({
      start: "2026-11-06T20:30:00.000-05:00",
      due: "2026-11-06T21:30:00.000-05:00",
      late: "2026-11-07T20:30:00.000-05:00",
      overdue: "2026-11-08T20:30:00.000-05:00",
    });
  });

  // An unlinked email the user sent in the 49 hours from the start (the end + 48 h, R6 overdue) is
  // their thank-you; after that it is a follow-up and counts for R15.
  const planAfterMail = (sentAt: string) =>
    planFollowUps(
      facts({ history: { correspondence: [message({ direction: "out", occurredAt: sentAt })] } }),
      "2026-11-09T12:00:00.000Z",
    );

  it("sent 48 h 59 min after the start: the thank-you; the R11 check-in stays (due Wed 18 Nov)", () => {
    const plan = planAfterMail("2026-11-08T19:59:00.000Z");
    expect(only(plan, "check-in").dueDate).toBe("2026-11-18");
    expect(plan.filter((a) => a.kind === "reminder").map((a) => a.dueDate)).toEqual([
      "2026-11-27",
      "2026-12-07",
    ]);
  });

  it("sent 49 h 1 min after: a follow-up, so no check-in; reminders a week on (due Tue 17 Nov)", () => {
    const plan = planAfterMail("2026-11-08T20:01:00.000Z");
    expect(plan.some((a) => a.kind === "check-in")).toBe(false);
    const reminders = plan.filter((a) => a.kind === "reminder");
    expect(reminders.map((a) => a.dueDate)).toEqual(["2026-11-17", "2026-11-25"]);
    expect(reminders[0]?.why).toContain("the follow-up of Sun 8 Nov");
  });
});

describe("R11/R12: dates before the interview count from the interview day", () => {
  it("a stored timeline of Sun 1 Nov becomes Fri 6 Nov: opens Mon 9, due Tue 10 (not Tue 3)", () => {
    const checkIn = only(
      planFollowUps(facts({ interview: { timelineDate: "2026-11-01" } }), NOW),
      "check-in",
    );
    expect([checkIn.window.start, checkIn.dueDate]).toEqual([
      "2026-11-09T09:00:00.000-05:00",
      "2026-11-10",
    ]);
    expect(checkIn.why).toMatch(/^R11: nothing heard by the stated timeline \(Fri 6 Nov\)/);
  });

  it("a follow-up agreed for Mon 2 Nov, before the interview, is held on the interview day (R12)", () => {
    const plan = planFollowUps(
      facts({ participants: [person("con_rec", { role: "recruiter", followUpOn: "2026-11-02" })] }),
      NOW,
    );
    const checkIn = only(plan, "check-in");
    expect([checkIn.dueDate, checkIn.rules]).toEqual(["2026-11-06", ["R12"]]);
  });
});

describe("R3/R11: timeline words that give no date", () => {
  const vague = planFollowUps(facts({ interview: { timelineText: "hmm, they were vague" } }), NOW);
  const none = planFollowUps(facts(), NOW);

  it("plan as if none was given: 10 days to Mon 16 Nov → opens Tue 17, due Wed 18", () => {
    expect(vague.map((a) => [a.id, a.window])).toEqual(none.map((a) => [a.id, a.window]));
    expect(only(vague, "check-in").dueDate).toBe("2026-11-18");
  });

  it("and say so in the why, quoting the words and how to move the check-in", () => {
    expect(only(vague, "check-in").why).toBe(
      'R11: you were told "hmm, they were vague", which gives no date, so assume 10 days (to Mon 16 Nov) and check in with Hana Moreau by email 1–2 business days later — sources 001, 003; once you know the date, correct the timeline and the check-in moves with it.',
    );
    expect(only(none, "check-in").why).toBe(
      "R11: no timeline was given, so assume 10 days (to Mon 16 Nov) and check in with Hana Moreau by email 1–2 business days later — sources 001, 003.",
    );
  });

  it("words kept without a date that the readers understand are read again (R3 stated)", () => {
    const plan = planFollowUps(facts({ interview: { timelineText: "two weeks" } }), NOW);
    expect(only(plan, "check-in").why).toMatch(
      /^R11: nothing heard by the stated timeline \("two weeks", Fri 20 Nov\)/,
    );
  });
});

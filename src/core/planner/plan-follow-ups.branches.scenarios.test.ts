// Scenarios that pin planner branches a change could once move without any test failing (issue
// 10): each names its rule id and the boundary it sits on, and was seen to fail when the branch
// was changed (a comparison flipped, a threshold moved by one). Dates were checked by hand
// against a calendar; the comments say how. Interview defaults: Friday 6 November 2026, 14:00 in
// New York (EST, UTC−5), on site, a US employer, a US profile in New York.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ActionKind, FollowUpAction } from "../domain/types.js";
import { planFollowUps } from "./plan-follow-ups.js";
import { event, facts, interview, message, person, settle } from "./test-facts.js";

const NOW = "2026-11-06T23:00:00.000Z";
const HOUR = 3_600_000;

function only(plan: FollowUpAction[], kind: ActionKind, contactId?: string | null): FollowUpAction {
  const found = plan.filter(
    (a) => a.kind === kind && (contactId === undefined || a.contactId === contactId),
  );
  expect(found).toHaveLength(1);
  return found[0] as FollowUpAction;
}

/** The check-in's window opening and its due day: what R11/R12/R16 decide. */
function checkInDays(plan: FollowUpAction[]): [string, string] {
  const checkIn = only(plan, "check-in");
  return [checkIn.window.start, checkIn.dueDate];
}

describe("on site, whose zone: the user's evening is the interview's (R6), the hours are the recipient's (R11)", () => {
  // On site in New York; the user lives in Los Angeles; the hiring manager works from London
  // (GMT in November), the recruiter has no zone of their own.
  const people = [
    person("con_hm", { role: "hiring-manager", timeZone: "Europe/London" }),
    person("con_rec", { role: "recruiter" }),
  ];
  const planAs = (format: "on-site" | "video") =>
    planFollowUps(
      facts({
        interview: { format },
        settings: { timeZone: "America/Los_Angeles" },
        participants: people,
      }),
      NOW,
    );

  it("R6 on site: due 20:00 in New York, which is 01:00 on Saturday for the interviewer in London", () => {
    const plan = planAs("on-site");
    const london = only(plan, "thank-you-email", "con_hm");
    expect([london.window.due, london.dueDate]).toEqual([
      "2026-11-07T01:00:00.000+00:00",
      "2026-11-07",
    ]);
    // A contact without a zone of their own reads it in the interview's zone.
    expect(only(plan, "thank-you-email", "con_rec").window.due).toBe(
      "2026-11-06T20:00:00.000-05:00",
    );
  });

  it("R6 by video: the user is at home, so 20:00 in Los Angeles (23:00 in New York)", () => {
    expect(only(planAs("video"), "thank-you-email", "con_rec").window.due).toBe(
      "2026-11-06T23:00:00.000-05:00",
    );
  });

  it("R11: the check-in keeps London's business hours, on the employer's business days", () => {
    // No timeline: 10 days → Mon 16 Nov; a business day later opens Tue 17, due Wed 18; late at
    // 17:00 that day; overdue two business days on, Fri 20. All in London time.
    for (const format of ["on-site", "video"] as const) {
      expect(only(planAs(format), "check-in", "con_hm").window).toEqual({
        start: "2026-11-17T09:00:00.000+00:00",
        due: "2026-11-18T10:00:00.000+00:00",
        late: "2026-11-18T17:00:00.000+00:00",
        overdue: "2026-11-20T17:00:00.000+00:00",
      });
    }
  });

  it("R15: the move-on is a note to the user, at 09:00 where the user lives", () => {
    // Check-in due Wed 18; reminders due Fri 27 (Thu 26 is Thanksgiving) and Mon 7 Dec; two
    // weeks on is Mon 21 Dec.
    expect(only(planAs("on-site"), "move-on").window.due).toBe("2026-12-21T09:00:00.000-08:00");
  });
});

describe("R6: the thank-you is late 24 hours and overdue 48 hours after the interview ends", () => {
  it("counts hours, not wall-clock days: across the end of summer time the overdue reads 14:00", () => {
    // Fri 30 Oct 2026, 14:00 EDT (UTC−4) → ends 15:00; New York leaves summer time on Sun 1 Nov.
    const plan = planFollowUps(
      facts({ interview: { startsAt: "2026-10-30T18:00:00.000Z" } }),
      "2026-10-30T20:00:00.000Z",
    );
    expect(only(plan, "thank-you-email", "con_hm").window).toEqual({
      start: "2026-10-30T15:00:00.000-04:00",
      due: "2026-10-30T20:00:00.000-04:00",
      late: "2026-10-31T15:00:00.000-04:00",
      overdue: "2026-11-01T14:00:00.000-05:00",
    });
  });

  // Until the thank-you is overdue (the start + 49 h), an unlinked email the user sent is taken
  // for the thank-you; from that very instant on, it is a follow-up (R15 counts it).
  const planAfterMail = (sentAt: string) =>
    planFollowUps(
      facts({ history: { correspondence: [message({ direction: "out", occurredAt: sentAt })] } }),
      "2026-11-09T12:00:00.000Z",
    );

  it("a millisecond before it is overdue: the thank-you, so the R11 check-in stays", () => {
    expect(only(planAfterMail("2026-11-08T19:59:59.999Z"), "check-in").dueDate).toBe("2026-11-18");
  });

  it("at the instant it is overdue (Sun 8 Nov, 15:00): a follow-up, so reminders follow it", () => {
    const plan = planAfterMail("2026-11-08T20:00:00.000Z");
    expect(plan.some((a) => a.kind === "check-in")).toBe(false);
    expect(plan.filter((a) => a.kind === "reminder").map((a) => a.dueDate)).toEqual([
      "2026-11-17",
      "2026-11-25",
    ]);
  });
});

describe("R3/R11: the clamp of a timeline — before the interview means the interview day; no upper bound", () => {
  // A Wednesday interview, Wed 4 Nov 2026 (so that one day more or less shows in the dates).
  const wednesday = "2026-11-04T19:00:00.000Z";
  const stated = (timelineDate: string) =>
    planFollowUps(
      facts({ interview: { startsAt: wednesday, timelineDate } }),
      "2026-11-04T23:00:00.000Z",
    );

  it("the interview day itself is kept: Wed 4 → opens Thu 5, due Fri 6", () => {
    expect(checkInDays(stated("2026-11-04"))).toEqual([
      "2026-11-05T09:00:00.000-05:00",
      "2026-11-06",
    ]);
  });

  it("a stated day before it (Tue 3) is counted from Wed 4: opens Thu 5, due Fri 6 (not Wed 4 / Thu 5)", () => {
    expect(checkInDays(stated("2026-11-03"))).toEqual([
      "2026-11-05T09:00:00.000-05:00",
      "2026-11-06",
    ]);
  });

  it("R16: news of a day before the interview is clamped the same way", () => {
    const plan = planFollowUps(
      facts({
        interview: { startsAt: wednesday },
        history: {
          events: [
            event({
              kind: "reply",
              occurredAt: "2026-11-04T22:00:00.000Z",
              timelineDate: "2026-11-03",
            }),
          ],
        },
      }),
      "2026-11-04T23:00:00.000Z",
    );
    expect(checkInDays(plan)).toEqual(["2026-11-05T09:00:00.000-05:00", "2026-11-06"]);
    expect(only(plan, "check-in").rules).toEqual(["R11", "R16"]);
  });

  it("a day far ahead is taken as said: Wed 30 Jun 2027 → opens Thu 1 Jul, due Fri 2 Jul 2027", () => {
    expect(checkInDays(stated("2027-06-30"))).toEqual([
      "2027-07-01T09:00:00.000-04:00",
      "2027-07-02",
    ]);
  });
});

describe("R16 over R12: an answer since the interview moves an agreed day that would come too soon", () => {
  // The recruiter agreed to a call on Fri 20 Nov (R4, R12); R16 wants a week after any answer.
  const agreed = (followUpOn: string) => [
    person("con_hm", { role: "hiring-manager" }),
    person("con_rec", { role: "recruiter", followUpOn, followUpVia: "phone" }),
  ];

  it("a mail from them six days before (Sat 14 Nov) moves it: +7 is Sat 21 → opens Mon 23, due Tue 24", () => {
    const plan = planFollowUps(
      facts({
        participants: agreed("2026-11-20"),
        history: {
          correspondence: [message({ direction: "in", occurredAt: "2026-11-14T15:00:00.000Z" })],
        },
      }),
      "2026-11-19T23:00:00.000Z",
    );
    const checkIn = only(plan, "check-in");
    expect([checkIn.contactId, checkIn.channel, checkIn.window.start, checkIn.dueDate]).toEqual([
      "con_rec",
      "phone",
      "2026-11-23T09:00:00.000-05:00",
      "2026-11-24",
    ]);
    expect(checkIn.rules).toEqual(["R16", "R14", "R12"]);
  });

  it("a reply on the agreed morning itself moves it a week: Fri 27, due Mon 30", () => {
    const plan = planFollowUps(
      facts({
        participants: agreed("2026-11-20"),
        history: { events: [event({ kind: "reply", occurredAt: "2026-11-20T14:00:00.000Z" })] },
      }),
      "2026-11-20T15:00:00.000Z",
    );
    expect(checkInDays(plan)).toEqual(["2026-11-27T09:00:00.000-05:00", "2026-11-30"]);
  });

  it("a mail from before the interview (an earlier round) is no answer to it: Tue 10 Nov stays (R12)", () => {
    const plan = planFollowUps(
      facts({
        participants: agreed("2026-11-10"),
        history: {
          correspondence: [message({ direction: "in", occurredAt: "2026-11-05T15:00:00.000Z" })],
        },
      }),
      NOW,
    );
    expect(only(plan, "check-in").dueDate).toBe("2026-11-10");
    expect(only(plan, "check-in").rules).toEqual(["R12"]);
  });

  it("two agreed days: the one still clear stays fixed, the moved one keeps a week from it (R15)", () => {
    // Reply Thu 19 Nov → earliest Thu 26 (Thanksgiving). Ines agreed Mon 30: after that, so it
    // stays (R12). Raj agreed Fri 20: moved; Fri 27 – Mon 30 would touch Ines's Mon 30, so it
    // waits until a week after it: opens Mon 7 Dec, due Tue 8.
    const plan = planFollowUps(
      facts({
        participants: [
          person("con_rec", { role: "recruiter", followUpOn: "2026-11-20", followUpVia: "phone" }),
          person("con_int", { role: "interviewer", followUpOn: "2026-11-30" }),
        ],
        history: { events: [event({ kind: "reply", occurredAt: "2026-11-19T15:00:00.000Z" })] },
      }),
      "2026-11-19T23:00:00.000Z",
    );
    const ines = only(plan, "check-in", "con_int");
    expect([ines.dueDate, ines.channel, ines.rules]).toEqual(["2026-11-30", "email", ["R12"]]);
    const raj = only(plan, "check-in", "con_rec");
    expect([raj.window.start, raj.dueDate, raj.rules]).toEqual([
      "2026-12-07T09:00:00.000-05:00",
      "2026-12-08",
      ["R16", "R14", "R12", "R15"],
    ]);
  });
});

describe("R6–R9 courtesies: what switches them", () => {
  it("R18: a feeling of only spaces is no feeling; the thank-you cites R6/R7 alone", () => {
    const blank = planFollowUps(facts({ interview: { feeling: "   " } }), NOW);
    expect(only(blank, "thank-you-email", "con_hm").rules).toEqual(["R6", "R7"]);
    const felt = planFollowUps(facts({ interview: { feeling: "rough" } }), NOW);
    expect(only(felt, "thank-you-email", "con_hm").rules).toEqual(["R6", "R7", "R18"]);
  });

  it("R9: with LinkedIn off in the profile, no request even where the person agreed (R5)", () => {
    const participants = [person("con_hm", { role: "hiring-manager", agreedToConnect: true })];
    const on = planFollowUps(facts({ participants }), NOW);
    expect(only(on, "linkedin-request").contactId).toBe("con_hm");
    const off = planFollowUps(facts({ participants, settings: { linkedIn: false } }), NOW);
    expect(off.some((a) => a.kind === "linkedin-request")).toBe(false);
  });
});

describe("R15 across interviews: what holds a day", () => {
  // Interview A (another application at Acme), Mon 2 Nov: its check-in is due Mon 16 Nov (10
  // days → Thu 12, opens Fri 13). B is the default interview: alone, its check-in is due Wed 18.
  const a = interview({
    id: "int_0",
    applicationId: "app_0",
    startsAt: "2026-11-02T19:00:00.000Z",
  });
  const aCheckIn = only(
    planFollowUps(facts({ interview: a }), "2026-11-02T23:00:00.000Z"),
    "check-in",
  );
  const planB = (stored: FollowUpAction) =>
    only(
      planFollowUps(
        facts({ history: { interviews: [a, interview()], actions: [stored] } }),
        "2026-11-17T12:00:00.000Z",
      ),
      "check-in",
    );

  it("A's check-in is due Mon 16 Nov", () => {
    expect(aCheckIn.dueDate).toBe("2026-11-16");
  });

  it("skipped, it was never sent: B keeps Wed 18", () => {
    const b = planB(settle(aCheckIn, "skipped", null));
    expect([b.dueDate, b.rules]).toEqual(["2026-11-18", ["R11"]]);
  });

  it("done on Mon 16, it holds that day: B waits a week, opens Mon 23, due Tue 24", () => {
    const b = planB(settle(aCheckIn, "done", "2026-11-16T15:00:00.000Z"));
    expect([b.window.start, b.dueDate, b.rules]).toEqual([
      "2026-11-23T09:00:00.000-05:00",
      "2026-11-24",
      ["R11", "R15"],
    ]);
  });
});

describe("R15: which kinds hold a day for the whole company", () => {
  // As above: one action of interview A, done on Mon 16 Nov; B's check-in is due Wed 18 alone.
  const a = interview({
    id: "int_0",
    applicationId: "app_0",
    startsAt: "2026-11-02T19:00:00.000Z",
  });
  const aCheckIn = only(
    planFollowUps(facts({ interview: a }), "2026-11-02T23:00:00.000Z"),
    "check-in",
  );
  const bDue = (kind: ActionKind) =>
    only(
      planFollowUps(
        facts({
          history: {
            interviews: [a, interview()],
            actions: [{ ...settle(aCheckIn, "done", "2026-11-16T15:00:00.000Z"), kind }],
          },
        }),
        "2026-11-17T12:00:00.000Z",
      ),
      "check-in",
    ).dueDate;

  it.each(["check-in", "reminder", "open-positions-inquiry", "long-range-check-in"] as const)(
    "a %s done on Mon 16 pushes B to a week later (due Tue 24)",
    (kind) => {
      expect(bDue(kind)).toBe("2026-11-24");
    },
  );

  it.each(["thank-you-email", "post-decision-thanks", "move-on"] as const)(
    "a %s is no nudge: B keeps Wed 18",
    (kind) => {
      expect(bDue(kind)).toBe("2026-11-18");
    },
  );

  // A day agreed with someone at another interview is fixed (R12): B keeps a full week from it.
  const agreedAt = (followUpOn: string) => {
    const later = interview({
      id: "int_9",
      applicationId: "app_9",
      startsAt: "2026-11-09T19:00:00.000Z",
    });
    const fixed = only(
      planFollowUps(
        facts({
          interview: later,
          participants: [person("con_x", { role: "recruiter", followUpOn })],
        }),
        "2026-11-09T23:00:00.000Z",
      ),
      "check-in",
    );
    expect([fixed.dueDate, fixed.rules]).toEqual([followUpOn, ["R12"]]);
    return checkInDays(
      planFollowUps(
        facts({ history: { interviews: [interview(), later], actions: [fixed] } }),
        NOW,
      ),
    );
  };

  it("an agreed day exactly a week after B's due day (Wed 25) leaves B on Wed 18", () => {
    expect(agreedAt("2026-11-25")).toEqual(["2026-11-17T09:00:00.000-05:00", "2026-11-18"]);
  });

  it("six days after (Tue 24) pushes B a week past it: opens Tue 1 Dec, due Wed 2", () => {
    expect(agreedAt("2026-11-24")).toEqual(["2026-12-01T09:00:00.000-05:00", "2026-12-02"]);
  });
});

describe("R16/R17: which facts count, at their exact edges", () => {
  it("two interviews of one application at the same instant: the one with the later id is the next round", () => {
    const one = interview({ id: "int_1" });
    const two = interview({ id: "int_2" });
    const planOf = (planned: typeof one) =>
      planFollowUps(facts({ interview: planned, history: { interviews: [one, two] } }), NOW);
    expect(planOf(one).some((a) => a.kind === "check-in")).toBe(false);
    expect(planOf(one).filter((a) => a.kind === "thank-you-email")).toHaveLength(3);
    expect(only(planOf(two), "check-in").dueDate).toBe("2026-11-18");
  });

  it("a withdrawal at the interview's very start ends its plan; a millisecond before is an earlier round's", () => {
    const withdrawnAt = (occurredAt: string) =>
      planFollowUps(
        facts({ history: { events: [event({ kind: "withdrawn", occurredAt })] } }),
        NOW,
      );
    expect(withdrawnAt("2026-11-06T19:00:00.000Z")).toEqual([]);
    expect(only(withdrawnAt("2026-11-06T18:59:59.999Z"), "check-in").dueDate).toBe("2026-11-18");
  });

  it("R17: two decisions at the same instant: the one recorded last is the correction and wins", () => {
    const at = "2026-11-16T16:00:00.000Z";
    const rejected = event({ id: "evt_a", kind: "decision", outcome: "rejected", occurredAt: at });
    const hired = event({ id: "evt_b", kind: "decision", outcome: "hired", occurredAt: at });
    const planWith = (events: ReturnType<typeof event>[]) =>
      planFollowUps(facts({ history: { events } }), "2026-11-16T17:00:00.000Z");
    const hiredLast = planWith([rejected, hired]);
    expect(hiredLast.some((a) => a.kind === "open-positions-inquiry")).toBe(false);
    expect(only(hiredLast, "post-decision-thanks").channel).toBe("card");
    expect(only(planWith([hired, rejected]), "open-positions-inquiry").contactId).toBe("con_rec");
  });

  it("R16: two answers with news at the same instant: the one recorded last says when they decide", () => {
    const at = "2026-12-02T15:00:00.000Z";
    const by15 = event({ id: "evt_15", kind: "reply", occurredAt: at, timelineDate: "2026-12-15" });
    const by18 = event({ id: "evt_18", kind: "reply", occurredAt: at, timelineDate: "2026-12-18" });
    const planWith = (events: ReturnType<typeof event>[]) =>
      planFollowUps(facts({ history: { events } }), "2026-12-02T16:00:00.000Z");
    // Fri 18 Dec → opens Mon 21, due Tue 22; Tue 15 Dec → opens Wed 16, due Thu 17.
    expect(checkInDays(planWith([by15, by18]))).toEqual([
      "2026-12-21T09:00:00.000-05:00",
      "2026-12-22",
    ]);
    expect(checkInDays(planWith([by18, by15]))).toEqual([
      "2026-12-16T09:00:00.000-05:00",
      "2026-12-17",
    ]);
  });
});

describe("R17 far ahead: a message is never due before its window opens", () => {
  // Rejected on Mon 16 Nov in New York; the messenger is in Tokyo (UTC+9). The thanks is due at
  // 10:00 of the next business day (Tue 17) in Tokyo — unless the news came at or after that hour.
  const thanksAt = (decidedAt: string) =>
    only(
      planFollowUps(
        facts({
          participants: [person("con_jp", { role: "hiring-manager", timeZone: "Asia/Tokyo" })],
          history: {
            events: [event({ kind: "decision", outcome: "rejected", occurredAt: decidedAt })],
          },
        }),
        "2026-11-17T03:00:00.000Z",
      ),
      "post-decision-thanks",
    );

  it("decided at 20:00 in New York, 10:00 on Tue 17 in Tokyo: due that very minute", () => {
    const thanks = thanksAt("2026-11-17T01:00:00.000Z");
    expect([thanks.window.start, thanks.window.due]).toEqual([
      "2026-11-17T10:00:00.000+09:00",
      "2026-11-17T10:00:00.000+09:00",
    ]);
  });

  it("decided half an hour later, past 10:00 in Tokyo: due a business day later, Wed 18", () => {
    const thanks = thanksAt("2026-11-17T01:30:00.000Z");
    expect([thanks.window.start, thanks.window.due, thanks.window.late]).toEqual([
      "2026-11-17T10:30:00.000+09:00",
      "2026-11-18T10:00:00.000+09:00",
      "2026-11-18T17:00:00.000+09:00",
    ]);
  });
});

describe("R6 property: the thank-you's window is measured in elapsed hours from the interview's end", () => {
  const ZONES = ["America/New_York", "Europe/London", "Asia/Tokyo", "Australia/Sydney"];
  it("late exactly 24 h and overdue exactly 48 h after the end (start + 1 h); due in between", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.constantFrom("on-site" as const, "video" as const, "phone" as const),
        (startMs, zone, home, format) => {
          const startsAt = new Date(Math.floor(startMs / 60_000) * 60_000).toISOString();
          const plan = planFollowUps(
            facts({
              interview: { startsAt, timeZone: zone, format },
              settings: { timeZone: home },
            }),
            startsAt,
          );
          const end = Date.parse(startsAt) + HOUR;
          for (const thanks of plan.filter((a) => a.kind === "thank-you-email")) {
            const ms = (iso: string) => Date.parse(iso);
            expect(ms(thanks.window.start)).toBe(end);
            expect(ms(thanks.window.late)).toBe(end + 24 * HOUR);
            expect(ms(thanks.window.overdue)).toBe(end + 48 * HOUR);
            expect(ms(thanks.window.due)).toBeGreaterThanOrEqual(end + HOUR);
            expect(ms(thanks.window.due)).toBeLessThan(end + 24 * HOUR);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("R11/R16/R12 against R15's limit, at their edges", () => {
  // No timeline: 10 days → Mon 16 Nov, so R11's natural day is Tue 17 (due Wed 18).
  const afterReply = (repliedAt: string) =>
    only(
      planFollowUps(
        facts({ history: { events: [event({ kind: "reply", occurredAt: repliedAt })] } }),
        "2026-11-12T12:00:00.000Z",
      ),
      "check-in",
    );

  it("R16: a reply exactly a week before the natural day (Tue 10) does not move it: R11 alone", () => {
    const checkIn = afterReply("2026-11-10T15:00:00.000Z");
    expect([checkIn.window.start, checkIn.dueDate, checkIn.rules]).toEqual([
      "2026-11-17T09:00:00.000-05:00",
      "2026-11-18",
      ["R11"],
    ]);
  });

  it("R16: a reply six days before (Wed 11) moves it a day: opens Wed 18, due Thu 19", () => {
    const checkIn = afterReply("2026-11-11T15:00:00.000Z");
    expect([checkIn.window.start, checkIn.dueDate, checkIn.rules]).toEqual([
      "2026-11-18T09:00:00.000-05:00",
      "2026-11-19",
      ["R11", "R16"],
    ]);
  });

  it("R12 over R15's limit: with no nudges allowed, the day agreed with the recruiter still stands", () => {
    const settings = { maxUnanswered: 0 };
    const none = planFollowUps(facts({ settings }), NOW);
    expect(none.some((a) => a.kind === "check-in" || a.kind === "reminder")).toBe(false);
    const agreed = planFollowUps(
      facts({
        settings,
        participants: [person("con_rec", { role: "recruiter", followUpOn: "2026-11-13" })],
      }),
      NOW,
    );
    expect([only(agreed, "check-in").dueDate, only(agreed, "check-in").rules]).toEqual([
      "2026-11-13",
      ["R12"],
    ]);
    expect(agreed.some((a) => a.kind === "reminder")).toBe(false);
  });
});

describe("R14/R17: where the later follow-ups count from", () => {
  it("R14: after a skipped check-in (due Wed 18), the next one waits a week from that day: due Fri 27", () => {
    const first = only(planFollowUps(facts(), NOW), "check-in");
    const plan = planFollowUps(
      facts({ history: { actions: [settle(first, "skipped", null)] } }),
      "2026-11-19T12:00:00.000Z",
    );
    // Wed 18 + 7 = Wed 25; a business day later is Fri 27 (Thu 26 is Thanksgiving).
    const next = plan.filter((a) => a.kind === "check-in" && a.status === "planned");
    expect(next.map((a) => [a.window.start, a.dueDate])).toEqual([
      ["2026-11-25T09:00:00.000-05:00", "2026-11-27"],
    ]);
  });

  it("R17: the long-range check-in is overdue two months after the decision (Thu 19 Nov → Tue 19 Jan)", () => {
    const plan = planFollowUps(
      facts({
        history: {
          events: [
            event({
              kind: "decision",
              outcome: "rejected",
              occurredAt: "2026-11-19T16:00:00.000Z",
            }),
          ],
        },
      }),
      "2026-11-19T17:00:00.000Z",
    );
    // A month on is Sat 19 Dec → opens Mon 21, due Tue 22; two months on is Tue 19 Jan 2027.
    expect(only(plan, "long-range-check-in").window).toEqual({
      start: "2026-12-21T09:00:00.000-05:00",
      due: "2026-12-22T10:00:00.000-05:00",
      late: "2026-12-22T17:00:00.000-05:00",
      overdue: "2027-01-19T17:00:00.000-05:00",
    });
  });
});

describe("a snooze the user set: the window opens then, and is never due sooner", () => {
  // The R11 check-in alone: opens Tue 17 Nov 09:00, due Wed 18 10:00, late 17:00, New York.
  const first = only(planFollowUps(facts(), NOW), "check-in");
  const snoozed = (snoozedUntil: string) =>
    only(
      planFollowUps(facts({ history: { actions: [{ ...first, snoozedUntil }] } }), NOW),
      "check-in",
    ).window;

  it("to Tue 17, 10:00, before it is due: opens then, still due Wed 18 at 10:00", () => {
    expect(snoozed("2026-11-17T15:00:00.000Z")).toEqual({
      start: "2026-11-17T10:00:00.000-05:00",
      due: "2026-11-18T10:00:00.000-05:00",
      late: "2026-11-18T17:00:00.000-05:00",
      overdue: "2026-11-20T17:00:00.000-05:00",
    });
  });

  it("to Thu 19, 10:00, past its due: due then, late a day later than planned", () => {
    const window = snoozed("2026-11-19T15:00:00.000Z");
    expect([window.start, window.due, window.late]).toEqual([
      "2026-11-19T10:00:00.000-05:00",
      "2026-11-19T10:00:00.000-05:00",
      "2026-11-19T17:00:00.000-05:00",
    ]);
  });
});

describe("re-planning keeps what the user did to a pending action", () => {
  const first = only(planFollowUps(facts(), NOW), "check-in");
  const replanned = (stored: FollowUpAction) =>
    only(planFollowUps(facts({ history: { actions: [stored] } }), NOW), "check-in");

  it.each(["drafted", "approved"] as const)("a %s check-in stays %s", (status) => {
    expect(replanned({ ...first, status }).status).toBe(status);
  });

  it("a cancelled one that is wanted again comes back planned, without its old snooze", () => {
    const back = replanned({
      ...first,
      status: "cancelled",
      snoozedUntil: "2026-11-19T15:00:00.000Z",
    });
    expect([back.status, back.snoozedUntil, back.dueDate]).toEqual(["planned", null, "2026-11-18"]);
  });
});

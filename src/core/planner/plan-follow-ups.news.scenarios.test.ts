// R11 + R16: an answer that says when they decide. Interview: Monday 30 November 2026, 14:00 in
// New York (EST, UTC−5), no timeline given; Dana Whit (hiring manager) replies on Wed 2 December.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/local-date.js";
import type { FollowUpAction } from "../domain/types.js";
import { humanDate } from "../time/human-date.js";
import { planFollowUps } from "./plan-follow-ups.js";
import { event, type FactsOverrides, facts, person } from "./test-facts.js";

const dana = person("con_dana", { name: "Dana Whit", role: "hiring-manager" });
const STARTS_AT = "2026-11-30T19:00:00.000Z";
const REPLY_AT = "2026-12-02T15:00:00.000Z";

function checkIn(events: FactsOverrides["history"], now: string): FollowUpAction {
  const plan = planFollowUps(
    facts({ interview: { startsAt: STARTS_AT }, participants: [dana], history: events }),
    now,
  );
  const found = plan.filter((a) => a.kind === "check-in");
  expect(found).toHaveLength(1);
  return found[0] as FollowUpAction;
}

const withNews = event({
  kind: "reply",
  contactId: "con_dana",
  occurredAt: REPLY_AT,
  timelineText: "by December 15",
  timelineDate: "2026-12-15",
});

describe("R11/R16: a reply that says when they decide", () => {
  it("Dana replied 'by December 15' → check in Wed 16 (opens) to Thu 17 Dec (due), and the why says so", () => {
    const action = checkIn({ events: [withNews] }, "2026-12-02T20:00:00.000Z");
    expect(action.contactId).toBe("con_dana");
    expect(action.window.start).toBe("2026-12-16T09:00:00.000-05:00");
    expect(action.dueDate).toBe("2026-12-17");
    expect(action.rules).toEqual(["R11", "R16"]);
    expect(action.why).toMatch(
      /^R11\/R16: Dana Whit replied on Wed 2 Dec that they decide by Tue 15 Dec \("by December 15"\), so check in with Dana Whit by email 1–2 business days later/,
    );
  });

  it("without news, a reply on Mon 7 Dec moves the assumed day (10 days: check in Fri 11) to a week after it (Mon 14, due Tue 15)", () => {
    const plain = event({
      kind: "reply",
      contactId: "con_dana",
      occurredAt: "2026-12-07T15:00:00.000Z",
    });
    const action = checkIn({ events: [plain] }, "2026-12-07T20:00:00.000Z");
    expect(action.window.start).toBe("2026-12-14T09:00:00.000-05:00");
    expect(action.dueDate).toBe("2026-12-15");
    expect(action.rules).toEqual(["R11", "R16"]);
    expect(action.why).toMatch(/^R11: no timeline was given/);
  });

  it("a near date is kept: 'by Thursday' (3 Dec) → check in Fri 4, due Mon 7, not a week after the reply", () => {
    const soon = { ...withNews, timelineText: "by Thursday", timelineDate: "2026-12-03" };
    const action = checkIn({ events: [soon] }, "2026-12-02T20:00:00.000Z");
    expect(action.window.start).toBe("2026-12-04T09:00:00.000-05:00");
    expect(action.dueDate).toBe("2026-12-07");
  });

  it("a later reply without news still moves it a week past that reply (Mon 14 → Mon 21, due Tue 22)", () => {
    const later = event({
      kind: "call",
      contactId: "con_dana",
      occurredAt: "2026-12-14T15:00:00.000Z",
    });
    const action = checkIn({ events: [withNews, later] }, "2026-12-14T20:00:00.000Z");
    expect(action.window.start).toBe("2026-12-21T09:00:00.000-05:00");
    expect(action.dueDate).toBe("2026-12-22");
    expect(action.rules).toEqual(["R11", "R16"]);
  });

  it("the latest news wins: a call on 4 Dec saying 'by December 18' → check in Mon 21, due Tue 22", () => {
    const call = event({
      kind: "call",
      occurredAt: "2026-12-04T15:00:00.000Z",
      timelineText: "by December 18",
      timelineDate: "2026-12-18",
    });
    const action = checkIn({ events: [withNews, call] }, "2026-12-04T20:00:00.000Z");
    expect(action.window.start).toBe("2026-12-21T09:00:00.000-05:00");
    expect(action.dueDate).toBe("2026-12-22");
    expect(action.why).toContain("Acme");
  });

  it("news not known yet (dated after now) changes nothing", () => {
    const action = checkIn({ events: [withNews] }, "2026-12-01T20:00:00.000Z");
    // The assumed 10 days: Thu 10 Dec, so Fri 11, due Mon 14.
    expect(action.dueDate).toBe("2026-12-14");
    expect(action.rules).toEqual(["R11"]);
  });
});

describe("R11/R16 property: news of a decision date", () => {
  it("the check-in opens after the day they named and its why names that day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (afterInterview, ahead) => {
          const at = new Date(Date.parse(STARTS_AT) + afterInterview * 86_400_000).toISOString();
          const decideBy = addDays("2026-11-30", afterInterview + ahead);
          const reply = event({
            kind: "reply",
            contactId: "con_dana",
            occurredAt: at,
            timelineText: "soon",
            timelineDate: decideBy,
          });
          const action = checkIn({ events: [reply] }, at);
          expect(action.window.start.slice(0, 10) > decideBy).toBe(true);
          expect(action.rules.slice(0, 2)).toEqual(["R11", "R16"]);
          expect(action.why).toContain(`that they decide by ${humanDate(decideBy, 2026)}`);
        },
      ),
    );
  });
});

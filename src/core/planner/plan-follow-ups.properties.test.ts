// Properties of the planner over random interviews, people, events and dates (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { toEpochDay } from "../calendar/local-date.js";
import { localDateAt, zonedInstant } from "../calendar/zoned-time.js";
import { ACTION_KINDS, type ActionKind, type FollowUpAction } from "../domain/types.js";
import { SPACED_KINDS } from "./follow-up-kinds.js";
import { planFollowUps } from "./plan-follow-ups.js";
import type { PlanningFacts } from "./planning-facts.js";
import { isExactCommitment } from "./read-history.js";
import { interview, settle } from "./test-facts.js";
import { arbScenario, build, HOUR, nowOf } from "./test-scenarios.js";

/** R6 and R9 want these at once: due the evening of the interview, never moved to a business day. */
const AT_ONCE_KINDS = new Set<ActionKind>(["thank-you-email", "linkedin-request"]);
/** Kinds whose window opens on a day the plan picks (the others open at an instant: end, decision). */
const PICKED_START_KINDS = new Set<ActionKind>([
  "check-in",
  "reminder",
  "open-positions-inquiry",
  "long-range-check-in",
  "move-on",
]);

/** The employer's calendar: the interview's, else the company's, else the profile's. */
function calendarOf(f: PlanningFacts): BusinessCalendar {
  const source =
    f.interview.country !== null
      ? f.interview
      : f.company.country !== null
        ? f.company
        : f.settings;
  return f.calendarFor(source.country ?? "US", source.region);
}

/** R6: the evening of the interview where the user is, or an hour past its end if later. */
function thankYouDueMs(f: PlanningFacts): number {
  const endMs = Date.parse(f.interview.startsAt) + HOUR;
  const zone = f.interview.format === "on-site" ? f.interview.timeZone : f.settings.timeZone;
  return Math.max(zonedInstant(zone, localDateAt(endMs, zone), 20).ms, endMs + HOUR);
}

function withStored(f: PlanningFacts, actions: FollowUpAction[]): PlanningFacts {
  return { ...f, history: { ...f.history, actions } };
}

describe("planFollowUps properties", () => {
  it("every date the plan picks is a business day of the calendar that applies, for every kind (R6/R9 at once and R12 agreed days as said)", () => {
    // Every kind the property checked, with the count: all of ACTION_KINDS must show up.
    const checked = new Map<ActionKind, number>();
    fc.assert(
      fc.property(arbScenario, (s) => {
        const f = build(s);
        const employer = calendarOf(f);
        const home = f.calendarFor(f.settings.country, f.settings.region);
        const interviewDate = localDateAt(Date.parse(f.interview.startsAt), f.interview.timeZone);
        for (const a of planFollowUps(f, nowOf(s))) {
          checked.set(a.kind, (checked.get(a.kind) ?? 0) + 1);
          const what = `${a.kind} ${a.rules.join("+")} ${JSON.stringify(a.window)}`;
          if (AT_ONCE_KINDS.has(a.kind)) {
            // R6: due that evening, late after 24 h, overdue after 48 h (from the end, start + 1 h).
            const endMs = Date.parse(f.interview.startsAt) + HOUR;
            expect(Date.parse(a.window.due), what).toBe(thankYouDueMs(f));
            expect(Date.parse(a.window.late), what).toBe(endMs + 24 * HOUR);
            expect(Date.parse(a.window.overdue), what).toBe(endMs + 48 * HOUR);
            continue;
          }
          if (isExactCommitment(a)) {
            // R12: exactly the day agreed with the person (the interview day if agreed before it).
            const agreed = f.participants.find((p) => p.id === a.contactId)?.followUpOn ?? "";
            expect(a.dueDate, what).toBe(agreed > interviewDate ? agreed : interviewDate);
            continue;
          }
          // move-on is a note to the user alone: the profile's calendar; the rest the employer's.
          const calendar = a.kind === "move-on" ? home : employer;
          const picked = [a.window.due, a.window.late, a.window.overdue];
          if (PICKED_START_KINDS.has(a.kind)) picked.push(a.window.start);
          expect(a.window.due.slice(0, 10), what).toBe(a.dueDate);
          for (const bound of picked) {
            expect(calendar.isBusinessDay(bound.slice(0, 10)), `${what}: ${bound}`).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
    expect([...checked.keys()].sort()).toEqual([...ACTION_KINDS].sort());
  });

  it("R15: never two follow-ups to one company within 7 days, across two interviews", () => {
    fc.assert(
      fc.property(arbScenario, arbScenario, fc.integer({ min: 0, max: 10 }), (s1, s2, gap) => {
        const a0 = build(s1, "int_a", "app_a");
        const b0 = build({ ...s2, startMs: s1.startMs }, "int_b", "app_b", gap);
        const interviews = [a0.interview, b0.interview];
        const a = { ...a0, history: { ...a0.history, interviews } };
        const b = { ...b0, history: { ...b0.history, interviews } };
        const now = nowOf(s1);
        // Planned in either order and re-planned once, as the use case does for the company.
        const planA1 = planFollowUps(a, now);
        const planB1 = planFollowUps(withStored(b, planA1), now);
        const planA2 = planFollowUps(withStored(a, [...planA1, ...planB1]), now);
        const planB2 = planFollowUps(withStored(b, [...planA2, ...planB1]), now);
        const nudges = [...planA2, ...planB2].filter((x) => SPACED_KINDS.has(x.kind));
        for (const [i, x] of nudges.entries()) {
          for (const y of nudges.slice(i + 1)) {
            if (isExactCommitment(x) && isExactCommitment(y)) continue; // R12 beats R15
            const apart = Math.abs(toEpochDay(x.dueDate) - toEpochDay(y.dueDate));
            expect(apart, `${x.kind} ${x.dueDate} / ${y.kind} ${y.dueDate}`).toBeGreaterThanOrEqual(
              7,
            );
          }
        }
      }),
    );
  });

  it("is idempotent: planning twice, or with its own output stored, gives the same plan", () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const f = build(s);
        const now = nowOf(s);
        const plan = planFollowUps(f, now);
        expect(planFollowUps(f, now)).toEqual(plan);
        expect(planFollowUps(withStored(f, plan), now)).toEqual(plan);
      }),
    );
  });

  it("a later now never brings back a done action, nor moves a settled one", () => {
    fc.assert(
      fc.property(
        arbScenario,
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 5000 }),
        (s, picks, laterHours) => {
          const f = build(s);
          const now = nowOf(s);
          const plan = planFollowUps(f, now);
          const settled = plan.map((a, i) =>
            picks[i % picks.length] ? settle(a, i % 3 === 0 ? "skipped" : "done", now) : a,
          );
          const later = new Date(Date.parse(now) + laterHours * HOUR).toISOString();
          const again = planFollowUps(withStored(f, settled), later);
          for (const stored of settled.filter((a) => a.status !== "planned")) {
            const matches = again.filter((a) => a.id === stored.id);
            expect(matches).toEqual([stored]);
          }
        },
      ),
    );
  });

  it("every action cites a rule, ids are unique, windows are ordered", () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const plan = planFollowUps(build(s), nowOf(s));
        expect(new Set(plan.map((a) => a.id)).size).toBe(plan.length);
        for (const a of plan) {
          expect(a.rules.length).toBeGreaterThan(0);
          expect(a.why.startsWith(a.rules[0] ?? "?") || a.why.startsWith("R16/R14")).toBe(true);
          expect(a.id).toMatch(/^act_[0-9a-f]{16}$/);
          const [start, due, late, overdue] = [
            a.window.start,
            a.window.due,
            a.window.late,
            a.window.overdue,
          ].map(Date.parse);
          expect(start).toBeLessThanOrEqual(due as number);
          expect(due).toBeLessThanOrEqual(late as number);
          expect(late).toBeLessThanOrEqual(overdue as number);
        }
      }),
    );
  });

  it("R18: the feeling never changes what is planned", () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const ids = (feeling: string | null) =>
          planFollowUps(build({ ...s, feeling }), nowOf(s)).map((a) => [a.id, a.dueDate]);
        expect(ids("it went terribly")).toEqual(ids(null));
      }),
    );
  });
});

describe("interview() builder sanity", () => {
  it("defaults to the Friday interview used by the scenarios", () => {
    expect(interview().startsAt).toBe("2026-11-06T19:00:00.000Z");
  });
});

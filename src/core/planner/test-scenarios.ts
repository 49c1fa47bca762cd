// Random planning scenarios (fast-check) shared by the planner's property tests and by the
// recorded-plans equivalence test: interviews, people, events and dates over real and random
// business calendars.
import fc from "fast-check";
import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { createBusinessCalendar } from "../calendar/create-business-calendar.js";
import { addDays, fromEpochDay, isoWeekdayOf, toEpochDay } from "../calendar/local-date.js";
import type { Channel, ContactRole, InterviewEvent } from "../domain/types.js";
import type { PlanningFacts } from "./planning-facts.js";
import { event, facts, message, person } from "./test-facts.js";

export const ZONES = [
  "America/New_York",
  "America/Los_Angeles",
  "Europe/London",
  "Asia/Tokyo",
  "Europe/Berlin",
];
/** Real calendars (SA and IL have a Friday–Saturday weekend) and two random ones (X1, X2). */
export const REGIONS: [string, string | null][] = [
  ["US", null],
  ["GB", "ENG"],
  ["DE", "BY"],
  ["JP", null],
  ["SA", null],
  ["IL", null],
  ["X1", null],
  ["X2", null],
];
export const HOUR = 3_600_000;

/**
 * A random working week: weekend days from `weekend` (ISO weekday numbers) and a share of the
 * other days closed as "holidays", chosen by a hash of the day and `seed`.
 */
interface RandomWeek {
  weekend: number[];
  closedPercent: number;
  seed: number;
}

function randomCalendar(country: string, week: RandomWeek): BusinessCalendar {
  const holidayOnDay = (day: number): string | null => {
    const mixed = (Math.imul(day ^ week.seed, 0x9e3779b1) >>> 0) % 100;
    return mixed < week.closedPercent ? `Holiday ${day % 97}` : null;
  };
  const isOpen = (day: number) =>
    !week.weekend.includes(isoWeekdayOf(day)) && holidayOnDay(day) === null;
  const businessDayOnOrAfter = (day: number) => {
    let d = day;
    while (!isOpen(d)) d++;
    return d;
  };
  const addBusinessDaysToDay = (day: number, n: number) => {
    if (n === 0) return businessDayOnOrAfter(day);
    let d = day;
    for (let left = Math.abs(n); left > 0; ) {
      d += Math.sign(n);
      if (isOpen(d)) left--;
    }
    return d;
  };
  return {
    country,
    region: null,
    isBusinessDay: (date) => isOpen(toEpochDay(date)),
    holidayOn: (date) => holidayOnDay(toEpochDay(date)),
    addBusinessDays: (date, n) => fromEpochDay(addBusinessDaysToDay(toEpochDay(date), n)),
    nextBusinessDayOnOrAfter: (date) => fromEpochDay(businessDayOnOrAfter(toEpochDay(date))),
    holidayOnDay,
    addBusinessDaysToDay,
    businessDayOnOrAfter,
  };
}

const arbWeek: fc.Arbitrary<RandomWeek> = fc.record({
  weekend: fc.constantFrom([6, 7], [5, 6], [7], [5, 7], [], [3, 6, 7]),
  closedPercent: fc.integer({ min: 0, max: 45 }),
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
});

const arbPerson = fc.record({
  role: fc.constantFrom<ContactRole>("interviewer", "recruiter", "hiring-manager", "supervisor"),
  timeZone: fc.option(fc.constantFrom(...ZONES)),
  preferredChannel: fc.constantFrom<Channel | null>(null, "phone", "email"),
  agreedToConnect: fc.boolean(),
  commitIn: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 3 }),
  via: fc.constantFrom<Channel | null>(null, "phone", "email"),
});

const arbEvent = fc.record({
  // Decisions weigh more: R17's kinds come only from them.
  kind: fc.oneof(
    { arbitrary: fc.constant<InterviewEvent["kind"]>("decision"), weight: 3 },
    { arbitrary: fc.constantFrom<InterviewEvent["kind"]>("reply", "call"), weight: 3 },
    { arbitrary: fc.constantFrom<InterviewEvent["kind"]>("next-round", "withdrawn"), weight: 1 },
  ),
  outcome: fc.constantFrom<InterviewEvent["outcome"]>("hired", "rejected", null),
  afterHours: fc.integer({ min: 1, max: 2000 }),
});

export const arbScenario = fc.record({
  startMs: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2029, 11, 31) }),
  zone: fc.constantFrom(...ZONES),
  format: fc.constantFrom("on-site" as const, "video" as const, "phone" as const),
  region: fc.constantFrom(...REGIONS),
  regionOn: fc.constantFrom("interview" as const, "company" as const, "settings" as const),
  /** The profile's calendar when the employer's is set on the interview or the company. */
  home: fc.constantFrom(...REGIONS),
  x1: arbWeek,
  x2: arbWeek,
  timelineIn: fc.option(fc.integer({ min: 0, max: 45 })),
  feeling: fc.option(fc.constantFrom<string>("bad", "great")),
  sendCard: fc.option(fc.boolean()),
  summaryLetter: fc.option(fc.boolean()),
  people: fc.array(arbPerson, { minLength: 0, maxLength: 4 }),
  sendCardDefault: fc.boolean(),
  linkedIn: fc.boolean(),
  maxUnanswered: fc.integer({ min: 0, max: 4 }),
  assumedTimelineDays: fc.integer({ min: 1, max: 20 }),
  userZone: fc.constantFrom(...ZONES),
  events: fc.array(arbEvent, { maxLength: 2 }),
  repliesAfterHours: fc.array(fc.integer({ min: 1, max: 2000 }), { maxLength: 2 }),
  nowAfterHours: fc.integer({ min: 0, max: 3000 }),
});
export type Scenario = typeof arbScenario extends fc.Arbitrary<infer T> ? T : never;

export function build(
  s: Scenario,
  id = "int_1",
  applicationId = "app_1",
  startShiftDays = 0,
): PlanningFacts {
  const startMs = s.startMs + startShiftDays * 24 * HOUR;
  const startsAt = new Date(startMs).toISOString();
  const localDay = new Intl.DateTimeFormat("en-CA", { timeZone: s.zone }).format(startMs);
  const [country, region] = s.region;
  const participants = s.people.map((p, i) =>
    person(`con_${id}_${i}`, {
      role: p.role,
      timeZone: p.timeZone,
      preferredChannel: p.preferredChannel,
      agreedToConnect: p.agreedToConnect,
      followUpOn: p.commitIn === null ? null : addDays(localDay, p.commitIn),
      followUpVia: p.via,
    }),
  );
  const at = (hours: number) => new Date(startMs + hours * HOUR).toISOString();
  const random = new Map([
    ["X1", randomCalendar("X1", s.x1)],
    ["X2", randomCalendar("X2", s.x2)],
  ]);
  const built = facts({
    interview: {
      id,
      applicationId,
      startsAt,
      timeZone: s.zone,
      format: s.format,
      timelineDate: s.timelineIn === null ? null : addDays(localDay, s.timelineIn),
      feeling: s.feeling,
      sendCard: s.sendCard,
      summaryLetter: s.summaryLetter,
      ...(s.regionOn === "interview" ? { country, region } : {}),
    },
    company: s.regionOn === "company" ? { country, region } : { country: null, region: null },
    participants,
    settings: {
      sendCard: s.sendCardDefault,
      linkedIn: s.linkedIn,
      maxUnanswered: s.maxUnanswered,
      assumedTimelineDays: s.assumedTimelineDays,
      timeZone: s.userZone,
      ...(s.regionOn === "settings"
        ? { country, region }
        : { country: s.home[0], region: s.home[1] }),
    },
    history: {
      events: s.events.map((e) =>
        event({
          id: `evt_${id}_${e.afterHours}`,
          interviewId: id,
          kind: e.kind,
          outcome: e.kind === "decision" ? e.outcome : null,
          contactId: participants[0]?.id ?? null,
          occurredAt: at(e.afterHours),
        }),
      ),
      correspondence: s.repliesAfterHours.map((h) =>
        message({
          id: `cor_${id}_${h}`,
          interviewId: id,
          applicationId,
          direction: "in",
          occurredAt: at(h),
        }),
      ),
    },
  });
  return {
    ...built,
    calendarFor: (c, r) => random.get(c) ?? createBusinessCalendar(c, r),
  };
}

export function nowOf(s: Scenario): string {
  return new Date(s.startMs + s.nowAfterHours * HOUR).toISOString();
}

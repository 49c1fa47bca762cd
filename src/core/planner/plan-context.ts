import type { BusinessCalendar } from "../calendar/business-calendar.js";
import { instantMsOf, localDateAt } from "../calendar/zoned-time.js";
import type { FollowUpAction, Interview } from "../domain/types.js";
import { type ActionIds, actionIdsOf } from "./action-id.js";
import { mainContact } from "./main-contact.js";
import type { Participant, PlanningFacts } from "./planning-facts.js";

/** What every part of one plan needs, computed once per plan. */
export interface PlanContext {
  readonly facts: PlanningFacts;
  readonly interview: Interview;
  /** The interview's action ids (memoised). */
  readonly ids: ActionIds;
  readonly nowMs: number;
  readonly startMs: number;
  /** "Interview end-ish": the start plus an hour (R6 counts from here). */
  readonly endMs: number;
  /** The interview's local date, in its own zone. */
  readonly interviewDate: string;
  /** The employer's holidays: interview's country, else company's, else the user's. */
  readonly calendar: BusinessCalendar;
  /** The user's own (the profile's): for the notes to the user alone (move-on). */
  readonly homeCalendar: BusinessCalendar;
  /** Where the user is on the evening of the interview (R6 "as soon as you get home"). */
  readonly senderZone: string;
  readonly participants: readonly Participant[];
  readonly main: Participant | null;
  /** This interview's stored actions, by id. */
  readonly stored: ReadonlyMap<string, FollowUpAction>;
  /** The plan being built, with each action's due instant for sorting. */
  readonly out: { dueMs: number; action: FollowUpAction }[];
  readonly usedIds: Set<string>;
}

const HOUR_MS = 3_600_000;

function calendarOf(facts: PlanningFacts): BusinessCalendar {
  const { interview, company, settings } = facts;
  if (interview.country !== null) return facts.calendarFor(interview.country, interview.region);
  if (company.country !== null) return facts.calendarFor(company.country, company.region);
  return facts.calendarFor(settings.country, settings.region);
}

function distinctByContact(participants: readonly Participant[]): Participant[] {
  const seen = new Set<string>();
  return participants.filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined);
}

export function createPlanContext(facts: PlanningFacts, nowMs: number): PlanContext {
  const { interview } = facts;
  const startMs = instantMsOf(interview.startsAt, "interview.startsAt");
  const participants = distinctByContact(facts.participants);
  const stored = new Map<string, FollowUpAction>();
  for (const action of facts.history.actions) {
    if (action.interviewId === interview.id) stored.set(action.id, action);
  }
  return {
    facts,
    interview,
    ids: actionIdsOf(interview.id),
    nowMs,
    startMs,
    endMs: startMs + HOUR_MS,
    interviewDate: localDateAt(startMs, interview.timeZone),
    calendar: calendarOf(facts),
    homeCalendar: facts.calendarFor(facts.settings.country, facts.settings.region),
    // On site, the user is where the interview was; otherwise at home.
    senderZone: interview.format === "on-site" ? interview.timeZone : facts.settings.timeZone,
    participants,
    main: mainContact(participants),
    stored,
    out: [],
    usedIds: new Set(),
  };
}

/** The recipient's zone: the contact's own, else the interview's. */
export function zoneFor(ctx: PlanContext, contact: Participant | null): string {
  return contact?.timeZone ?? ctx.interview.timeZone;
}

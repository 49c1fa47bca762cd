import type { BusinessCalendar } from "../calendar/business-calendar.js";
import type {
  Company,
  Contact,
  Correspondence,
  FollowUpAction,
  Interview,
  InterviewEvent,
  Note,
  Participation,
  Profile,
} from "../domain/types.js";

/** The profile's preferences the planner reads (R8, R9, R10, R11, R15) and its home calendar. */
export type PlannerSettings = Pick<
  Profile,
  | "sendCard"
  | "linkedIn"
  | "summaryLetter"
  | "maxUnanswered"
  | "assumedTimelineDays"
  | "timeZone"
  | "country"
  | "region"
>;

/** A person at the interview: the contact with the commitment made there (R4, R12). */
export type Participant = Contact & Pick<Participation, "followUpOn" | "followUpVia">;

/** Everything already known about the company, across all its applications (R15, R16). */
export interface CompanyHistory {
  /** Every interview of the company, the one being planned included. */
  interviews: readonly Interview[];
  correspondence: readonly Correspondence[];
  events: readonly InterviewEvent[];
  /** The stored actions of all those interviews, with their statuses. */
  actions: readonly FollowUpAction[];
}

/** The planner's whole input: no clock, no database; time and calendars come in here. */
export interface PlanningFacts {
  interview: Interview;
  company: Company;
  participants: readonly Participant[];
  notes: readonly Note[];
  history: CompanyHistory;
  settings: PlannerSettings;
  calendarFor: (country: string, region: string | null) => BusinessCalendar;
}

import type { FollowUpAction, Interview } from "../domain/types.js";

export interface CalendarInterview {
  interview: Interview;
  companyName: string;
  role: string;
}

export interface CalendarAction {
  action: FollowUpAction;
  contactName: string | null;
  companyName: string;
  /** Bumped by the caller whenever a re-plan changes the action, so clients update it. */
  sequence: number;
  /** The recipient's IANA zone; window.due carries only its offset. */
  timeZone: string;
}

export interface CalendarInput {
  /** The calendar's display name (X-WR-CALNAME). */
  name: string;
  /** The user's IANA zone (the profile's): reminders fall in the user's waking day there. */
  userZone: string;
  interviews: CalendarInterview[];
  /**
   * Open actions become events; skipped and cancelled ones (given only once a calendar may hold
   * them) become STATUS:CANCELLED with their raised SEQUENCE; sent and done ones are left out.
   */
  actions: CalendarAction[];
  /** UTC ISO instant written as every DTSTAMP. */
  now: string;
  prodIdDomain?: string;
}

// The records of followthrough, as the pure core sees them. Instants are ISO-8601 strings in UTC
// ("2026-11-20T14:00:00.000Z"); local dates are "YYYY-MM-DD"; time zones are IANA names.

export const APPLICATION_STATUSES = [
  "applied",
  "interviewing",
  "offer",
  "hired",
  "rejected",
  "withdrawn",
  "on-hold",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const INTERVIEW_FORMATS = ["on-site", "video", "phone"] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const CONTACT_ROLES = ["interviewer", "recruiter", "hiring-manager", "supervisor"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CHANNELS = ["email", "phone", "letter", "card", "linkedin", "in-person"] as const;
export type Channel = (typeof CHANNELS)[number];

/** How a message greets its reader: "Dear Ms Whitfield," or "Dear Dana," (issue 11). */
export const REGISTERS = ["formal", "first-name"] as const;
export type Register = (typeof REGISTERS)[number];

export const NOTE_KINDS = [
  "highlight",
  "qualification",
  "clarify",
  "personal-interest",
  "question",
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const EVENT_KINDS = ["reply", "call", "decision", "next-round", "withdrawn"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const DECISION_OUTCOMES = ["hired", "rejected"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DIRECTIONS = ["in", "out"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ACTION_KINDS = [
  "thank-you-email",
  "thank-you-card",
  "linkedin-request",
  "summary-letter",
  "check-in",
  "reminder",
  "post-decision-thanks",
  "open-positions-inquiry",
  "long-range-check-in",
  "move-on",
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = [
  "planned",
  "drafted",
  "approved",
  "sent",
  "done",
  "skipped",
  "cancelled",
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses a re-plan must never change: the user acted on them (R25 keeps the record). */
export const SETTLED_ACTION_STATUSES: readonly ActionStatus[] = ["sent", "done", "skipped"];

export type RuleId = `R${number}`;

export interface Profile {
  name: string | null;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  signature: string | null;
  timeZone: string;
  country: string;
  region: string | null;
  strengths: string[];
  /** R8: handwritten card by post. */
  sendCard: boolean;
  /** R9: LinkedIn requests where agreed. */
  linkedIn: boolean;
  /** R10: summary letter by post. */
  summaryLetter: boolean;
  /** R15: unanswered follow-ups past the thank-you before the plan suggests moving on. */
  maxUnanswered: number;
  /** R11: assumed decision timeline in days when none was given. */
  assumedTimelineDays: number;
  updatedAt: string | null;
}

export interface Company {
  id: string;
  name: string;
  website: string | null;
  /** Holiday calendar of the employer; null means the profile's. */
  country: string | null;
  region: string | null;
  /** How to greet its people unless one has a register of their own; null = the country's. */
  register: Register | null;
}

export interface Application {
  id: string;
  companyId: string;
  role: string;
  postingUrl: string | null;
  status: ApplicationStatus;
  createdAt: string;
}

export interface Interview {
  id: string;
  applicationId: string;
  round: number;
  /** The start as an instant (UTC ISO). */
  startsAt: string;
  /** IANA zone the interview happened in. */
  timeZone: string;
  format: InterviewFormat;
  location: string | null;
  /** R3: the timeline as said, kept verbatim. */
  timelineText: string | null;
  /** R3: the timeline resolved to a local date (YYYY-MM-DD) in the interview's zone. */
  timelineDate: string | null;
  nextStep: string | null;
  /** How the user felt it went (R18: never a reason to skip the plan). */
  feeling: string | null;
  /** Per-interview overrides of the holiday calendar and preferences; null = inherit. */
  country: string | null;
  region: string | null;
  sendCard: boolean | null;
  summaryLetter: boolean | null;
  createdAt: string;
}

export interface Contact {
  id: string;
  companyId: string;
  /** R1: exactly as on the business card. */
  name: string;
  title: string | null;
  /**
   * The organization the card names (vCard ORG), as written there (R1); it may differ from the
   * company interviewing (a recruiting agency). Null: not given.
   */
  organization: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  postalAddress: string | null;
  preferredChannel: Channel | null;
  role: ContactRole;
  /** R5 */
  agreedToConnect: boolean;
  /** The recipient's zone, when it differs from the interview's; null = the interview's. */
  timeZone: string | null;
  /** As the user gives it for a formal greeting ("Ms", "Dr", "Mx"); never guessed. */
  honorific: string | null;
  /** How to greet this person; null = the default of their company's country (chooseGreeting). */
  register: Register | null;
  createdAt: string;
}

/** A contact's seat on one interview, with the follow-up commitment made there (R4, R12). */
export interface Participation {
  interviewId: string;
  contactId: string;
  /** Order in which the person was seated at the interview (0, 1, …). */
  seat: number;
  followUpOn: string | null;
  followUpVia: Channel | null;
}

export interface Note {
  id: string;
  interviewId: string;
  contactId: string | null;
  kind: NoteKind;
  text: string;
  createdAt: string;
}

export interface Correspondence {
  id: string;
  applicationId: string | null;
  interviewId: string | null;
  direction: Direction;
  channel: Channel;
  occurredAt: string;
  contactIds: string[];
  subject: string | null;
  body: string;
  messageId: string | null;
  threadId: string | null;
  inReplyTo: string | null;
  /** The follow-up action this fulfilled, when there was one. */
  actionId: string | null;
  createdAt: string;
}

export interface InterviewEvent {
  id: string;
  interviewId: string;
  contactId: string | null;
  kind: EventKind;
  outcome: DecisionOutcome | null;
  occurredAt: string;
  /** For next-round: the new interview. */
  nextInterviewId: string | null;
  note: string | null;
  /** News a reply or call brought (R11, R16): the timeline as said (R3), e.g. "by the 15th". */
  timelineText: string | null;
  /** The local day that timeline ends on, or null when the words give no date. */
  timelineDate: string | null;
  createdAt: string;
}

export interface ActionWindow {
  /** ISO instants with the recipient's offset, e.g. "2026-11-20T17:00:00.000-05:00". */
  start: string;
  due: string;
  late: string;
  overdue: string;
}

export interface FollowUpAction {
  /** Stable: the same facts give the same id. */
  id: string;
  interviewId: string;
  contactId: string | null;
  kind: ActionKind;
  channel: Channel;
  window: ActionWindow;
  /** The due date, local to the recipient's zone. */
  dueDate: string;
  rules: RuleId[];
  why: string;
  status: ActionStatus;
  snoozedUntil: string | null;
  doneAt: string | null;
  skipReason: string | null;
  correspondenceId: string | null;
}

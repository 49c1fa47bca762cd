import type {
  ActionKind,
  Application,
  Channel,
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
import type { TemplateId } from "./templates/built-in-templates.js";

export interface DraftInput {
  action: FollowUpAction;
  /** The recipient; null when the action is not addressed to one person. */
  contact: Contact | null;
  /** Colleagues at the same company (other interviewers, the recruiter…). */
  otherContacts: Contact[];
  interview: Interview;
  application: Application;
  company: Company;
  /** All notes of the interview; the draft picks the recipient's own (R7). */
  notes: Note[];
  /** What happened on the application: it licenses what a message may claim (claims.ts). */
  history: DraftHistory;
  profile: Profile;
  /** User overrides keyed by template id. */
  templates?: Record<string, string>;
  /** The local date the draft is written on, YYYY-MM-DD. */
  today: string;
  /** What the company watch holds (R20): absent or empty, no draft names a posting or news. */
  watch?: DraftWatch;
}

/** A posting or news item on record, as a draft may name it: its title and its link. */
export interface WatchMention {
  title: string;
  url: string | null;
}

/** The follow-ups whose drafts may mention a news item the user picked (R20). */
export const NEWS_PICK_KINDS: readonly ActionKind[] = ["check-in", "long-range-check-in"];

export interface DraftWatch {
  /** Open positions on record from the company's careers board, the role's own first (R17, R13). */
  postings: WatchMention[];
  /** The news item the user picked to mention in a check-in, or null. */
  news: WatchMention | null;
}

export interface DraftHistory {
  /** The seats of the application's interviews, with the follow-ups agreed there (R4). */
  participations: Participation[];
  /** Events of the application's interviews: replies, calls, decisions, next rounds (R16). */
  events: InterviewEvent[];
  /** Messages of the application, both ways (R25). */
  correspondence: Correspondence[];
  /** Follow-ups of the interview, with their status. */
  actions: FollowUpAction[];
}

/** A history where nothing happened yet: no claim is licensed. */
export const NO_HISTORY: DraftHistory = {
  participations: [],
  events: [],
  correspondence: [],
  actions: [],
};

export interface Draft {
  channel: Channel;
  subject: string | null;
  body: string;
  /** An email address for email drafts when the contact has one; otherwise the name. */
  to: string | null;
  /** What the records lack that a good message needs, each saying what to add. */
  missing: string[];
  templateId: TemplateId;
}

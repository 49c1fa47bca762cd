// A fixed record set for tests and goldens: one interview with two interviewers, each with their
// own notes (R7), and a recruiter. Test-only data; nothing in the app imports it.
import type {
  ActionKind,
  Application,
  Channel,
  Company,
  Contact,
  DecisionOutcome,
  FollowUpAction,
  Interview,
  InterviewEvent,
  Note,
  Profile,
} from "../domain/types.js";
import { type DraftHistory, type DraftInput, NO_HISTORY } from "./draft.types.js";

export const PROFILE: Profile = {
  name: "Zoë Ångström",
  email: "zoe@example.org",
  phone: "+1 555 0100",
  postalAddress: "14 Linden Street\nPortland, OR 97205",
  signature: "Zoë Ångström\n+1 555 0100",
  timeZone: "America/Los_Angeles",
  country: "US",
  region: "OR",
  strengths: ["data pipeline design", "mentoring junior engineers"],
  sendCard: true,
  linkedIn: true,
  summaryLetter: true,
  maxUnanswered: 3,
  assumedTimelineDays: 10,
  updatedAt: null,
};

export const COMPANY: Company = {
  id: "co-1",
  name: "Northwind Analytics",
  website: "https://northwind.example",
  country: null,
  region: null,
  register: null,
};

export const APPLICATION: Application = {
  id: "app-1",
  companyId: COMPANY.id,
  role: "Senior Data Engineer",
  postingUrl: null,
  status: "interviewing",
  createdAt: "2026-11-01T10:00:00.000Z",
};

export const INTERVIEW: Interview = {
  id: "int-1",
  applicationId: APPLICATION.id,
  round: 1,
  startsAt: "2026-11-17T18:00:00.000Z",
  timeZone: "America/Los_Angeles",
  format: "on-site",
  location: "Northwind office, Seattle",
  timelineText: "two weeks",
  timelineDate: "2026-12-01",
  nextStep: "a technical round with the platform team",
  feeling: "good",
  country: null,
  region: null,
  sendCard: null,
  summaryLetter: null,
  createdAt: "2026-11-17T20:00:00.000Z",
};

function contact(overrides: Partial<Contact> & Pick<Contact, "id" | "name">): Contact {
  return {
    companyId: COMPANY.id,
    title: null,
    organization: null,
    email: null,
    phone: null,
    linkedinUrl: null,
    postalAddress: null,
    preferredChannel: null,
    role: "interviewer",
    agreedToConnect: false,
    timeZone: null,
    honorific: null,
    register: null,
    createdAt: "2026-11-17T20:00:00.000Z",
    ...overrides,
  };
}

export const DANA = contact({
  id: "c-dana",
  name: "Dana Whitfield",
  title: "Director of Data Platform",
  email: "dana.whitfield@northwind.example",
  phone: "+1 555 0142",
  postalAddress: "500 Pine Street\nSeattle, WA 98101",
  role: "hiring-manager",
  agreedToConnect: true,
});

export const RAJ = contact({
  id: "c-raj",
  name: "Rajesh Iyer",
  title: "Staff Engineer",
  email: "rajesh.iyer@northwind.example",
  phone: "+1 555 0177",
  preferredChannel: "phone",
});

export const MEI = contact({
  id: "c-mei",
  name: "Mei O'Connell",
  title: "Recruiter",
  email: null,
  role: "recruiter",
});

function note(id: string, contactId: string | null, kind: Note["kind"], text: string): Note {
  return { id, interviewId: INTERVIEW.id, contactId, kind, text, createdAt: INTERVIEW.createdAt };
}

export const NOTES: Note[] = [
  note("n1", DANA.id, "highlight", "the plan to move nightly batch jobs to streaming ingestion"),
  note("n2", DANA.id, "qualification", "how I scaled our Kafka cluster at my last job"),
  note(
    "n3",
    DANA.id,
    "clarify",
    "the on-call rotation I described was weekly, and I led the runbook rewrite",
  ),
  note("n4", DANA.id, "personal-interest", "a talk on data contracts you wanted to watch"),
  note("n5", RAJ.id, "highlight", "the cost dashboard your team built for warehouse queries"),
  note("n6", RAJ.id, "qualification", "my experience tuning slow SQL in dbt models"),
  note("n7", null, "question", "how the platform team plans its quarterly roadmap"),
];

export function action(
  kind: ActionKind,
  channel: Channel,
  contactId: string | null,
): FollowUpAction {
  return {
    id: `a-${kind}-${channel}-${contactId ?? "none"}`,
    interviewId: INTERVIEW.id,
    contactId,
    kind,
    channel,
    window: {
      start: "2026-11-17T17:00:00.000-08:00",
      due: "2026-11-17T21:00:00.000-08:00",
      late: "2026-11-18T17:00:00.000-08:00",
      overdue: "2026-11-19T17:00:00.000-08:00",
    },
    dueDate: "2026-11-17",
    rules: ["R6"],
    why: "test",
    status: "planned",
    snoozedUntil: null,
    doneAt: null,
    skipReason: null,
    correspondenceId: null,
  };
}

function event(
  id: string,
  kind: InterviewEvent["kind"],
  fields: Partial<InterviewEvent> = {},
): InterviewEvent {
  return {
    id,
    interviewId: INTERVIEW.id,
    contactId: null,
    kind,
    outcome: null,
    occurredAt: "2026-12-02T17:00:00.000Z",
    nextInterviewId: null,
    note: null,
    timelineText: null,
    timelineDate: null,
    createdAt: "2026-12-02T17:00:00.000Z",
    ...fields,
  };
}

/**
 * A history that licenses every claim to `who` (claims.ts): a follow-up agreed at the interview,
 * a message each way, a reply, a decision with `outcome`, a next round.
 */
export function licensingHistory(who: Contact, outcome: DecisionOutcome): DraftHistory {
  const message = (id: string, direction: "in" | "out", occurredAt: string) => ({
    id,
    applicationId: APPLICATION.id,
    interviewId: INTERVIEW.id,
    direction,
    channel: "email" as const,
    occurredAt,
    contactIds: [who.id],
    subject: "Senior Data Engineer",
    body: "…",
    messageId: null,
    threadId: null,
    inReplyTo: null,
    actionId: null,
    createdAt: occurredAt,
  });
  return {
    participations: [
      {
        interviewId: INTERVIEW.id,
        contactId: who.id,
        seat: 0,
        followUpOn: "2027-02-15",
        followUpVia: "email",
      },
    ],
    events: [
      event("ev-reply", "reply", { contactId: who.id }),
      event("ev-next", "next-round", { nextInterviewId: "int-2" }),
      event("ev-decision", "decision", { outcome, occurredAt: "2026-12-18T17:00:00.000Z" }),
    ],
    correspondence: [
      message("m-out", "out", "2026-12-01T17:00:00.000Z"),
      message("m-in", "in", "2026-12-02T17:00:00.000Z"),
    ],
    actions: [],
  };
}

const EVERYONE = [DANA, RAJ, MEI];

/** A draft input for `kind` on `channel` to `who`, written on `today`. */
export function draftInput(
  kind: ActionKind,
  channel: Channel,
  who: Contact | null,
  today = "2026-11-17",
  overrides: Partial<DraftInput> = {},
): DraftInput {
  return {
    action: action(kind, channel, who?.id ?? null),
    contact: who,
    otherContacts: EVERYONE.filter((c) => c.id !== who?.id),
    interview: INTERVIEW,
    application: APPLICATION,
    company: COMPANY,
    notes: NOTES,
    history: NO_HISTORY,
    profile: PROFILE,
    today,
    ...overrides,
  };
}

// Builders for planner facts, shared by the tests and the benchmark. Real calendars, no mocks.
import { createBusinessCalendar } from "../calendar/create-business-calendar.js";
import type {
  Company,
  Correspondence,
  FollowUpAction,
  Interview,
  InterviewEvent,
  Note,
} from "../domain/types.js";
import type {
  CompanyHistory,
  Participant,
  PlannerSettings,
  PlanningFacts,
} from "./planning-facts.js";

export const SETTINGS: PlannerSettings = {
  sendCard: false,
  linkedIn: true,
  summaryLetter: false,
  maxUnanswered: 3,
  assumedTimelineDays: 10,
  timeZone: "America/New_York",
  country: "US",
  region: null,
};

export function company(overrides: Partial<Company> = {}): Company {
  return {
    id: "co_acme",
    name: "Acme",
    website: null,
    country: "US",
    region: null,
    register: null,
    ...overrides,
  };
}

export function interview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: "int_1",
    applicationId: "app_1",
    round: 1,
    startsAt: "2026-11-06T19:00:00.000Z",
    timeZone: "America/New_York",
    format: "on-site",
    location: null,
    timelineText: null,
    timelineDate: null,
    nextStep: null,
    feeling: null,
    country: null,
    region: null,
    sendCard: null,
    summaryLetter: null,
    createdAt: "2026-11-01T00:00:00.000Z",
    ...overrides,
  };
}

export function person(id: string, overrides: Partial<Participant> = {}): Participant {
  return {
    id,
    companyId: "co_acme",
    name: `Person ${id}`,
    title: null,
    organization: null,
    email: `${id}@acme.example`,
    phone: null,
    linkedinUrl: null,
    postalAddress: null,
    preferredChannel: null,
    role: "interviewer",
    agreedToConnect: false,
    timeZone: null,
    honorific: null,
    register: null,
    createdAt: "2026-11-01T00:00:00.000Z",
    followUpOn: null,
    followUpVia: null,
    ...overrides,
  };
}

/** The usual panel: a hiring manager, a recruiter and an interviewer. */
export function panel(): Participant[] {
  return [
    person("con_hm", { name: "Hana Moreau", role: "hiring-manager" }),
    person("con_rec", { name: "Raj Evans", role: "recruiter" }),
    person("con_int", { name: "Ines Tan", role: "interviewer" }),
  ];
}

export function event(
  overrides: Partial<InterviewEvent> & Pick<InterviewEvent, "kind" | "occurredAt">,
): InterviewEvent {
  return {
    id: `evt_${overrides.kind}_${overrides.occurredAt}`,
    interviewId: "int_1",
    contactId: null,
    outcome: null,
    nextInterviewId: null,
    note: null,
    timelineText: null,
    timelineDate: null,
    createdAt: overrides.occurredAt,
    ...overrides,
  };
}

export function message(
  overrides: Partial<Correspondence> & Pick<Correspondence, "direction" | "occurredAt">,
): Correspondence {
  return {
    id: `cor_${overrides.direction}_${overrides.occurredAt}`,
    applicationId: "app_1",
    interviewId: "int_1",
    channel: "email",
    contactIds: [],
    subject: null,
    body: "",
    messageId: null,
    threadId: null,
    inReplyTo: null,
    actionId: null,
    createdAt: overrides.occurredAt,
    ...overrides,
  };
}

export function notes(interviewId: string, count: number): Note[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `note_${interviewId}_${i}`,
    interviewId,
    contactId: null,
    kind: "highlight",
    text: `Point ${i}`,
    createdAt: "2026-11-01T00:00:00.000Z",
  }));
}

export interface FactsOverrides {
  interview?: Partial<Interview>;
  company?: Partial<Company>;
  participants?: Participant[];
  settings?: Partial<PlannerSettings>;
  history?: Partial<CompanyHistory>;
}

export function facts(overrides: FactsOverrides = {}): PlanningFacts {
  const planned = interview(overrides.interview);
  return {
    interview: planned,
    company: company(overrides.company),
    participants: overrides.participants ?? panel(),
    notes: notes(planned.id, 5),
    history: {
      interviews: [planned],
      correspondence: [],
      events: [],
      actions: [],
      ...overrides.history,
    },
    settings: { ...SETTINGS, ...overrides.settings },
    calendarFor: createBusinessCalendar,
  };
}

/** Marks stored actions as the user settled them. */
export function settle(
  action: FollowUpAction,
  status: "sent" | "done" | "skipped",
  doneAt: string | null,
): FollowUpAction {
  return { ...action, status, doneAt, skipReason: status === "skipped" ? "not needed" : null };
}

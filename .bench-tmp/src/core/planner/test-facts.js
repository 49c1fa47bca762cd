// Builders for planner facts, shared by the tests and the benchmark. Real calendars, no mocks.
import { createBusinessCalendar } from "../calendar/create-business-calendar.js";
export const SETTINGS = {
    sendCard: false,
    linkedIn: true,
    summaryLetter: false,
    maxUnanswered: 3,
    assumedTimelineDays: 10,
    timeZone: "America/New_York",
    country: "US",
    region: null,
};
export function company(overrides = {}) {
    return { id: "co_acme", name: "Acme", website: null, country: "US", region: null, ...overrides };
}
export function interview(overrides = {}) {
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
export function person(id, overrides = {}) {
    return {
        id,
        companyId: "co_acme",
        name: `Person ${id}`,
        title: null,
        email: `${id}@acme.example`,
        phone: null,
        linkedinUrl: null,
        postalAddress: null,
        preferredChannel: null,
        role: "interviewer",
        agreedToConnect: false,
        timeZone: null,
        createdAt: "2026-11-01T00:00:00.000Z",
        followUpOn: null,
        followUpVia: null,
        ...overrides,
    };
}
/** The usual panel: a hiring manager, a recruiter and an interviewer. */
export function panel() {
    return [
        person("con_hm", { name: "Hana Moreau", role: "hiring-manager" }),
        person("con_rec", { name: "Raj Evans", role: "recruiter" }),
        person("con_int", { name: "Ines Tan", role: "interviewer" }),
    ];
}
export function event(overrides) {
    return {
        id: `evt_${overrides.kind}_${overrides.occurredAt}`,
        interviewId: "int_1",
        contactId: null,
        outcome: null,
        nextInterviewId: null,
        note: null,
        createdAt: overrides.occurredAt,
        ...overrides,
    };
}
export function message(overrides) {
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
export function notes(interviewId, count) {
    return Array.from({ length: count }, (_, i) => ({
        id: `note_${interviewId}_${i}`,
        interviewId,
        contactId: null,
        kind: "highlight",
        text: `Point ${i}`,
        createdAt: "2026-11-01T00:00:00.000Z",
    }));
}
export function facts(overrides = {}) {
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
export function settle(action, status, doneAt) {
    return { ...action, status, doneAt, skipReason: status === "skipped" ? "not needed" : null };
}

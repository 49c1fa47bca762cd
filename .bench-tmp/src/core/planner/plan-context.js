import { localDateAt, parseInstant } from "../calendar/zoned-time.js";
import { mainContact } from "./main-contact.js";
const HOUR_MS = 3_600_000;
function calendarOf(facts) {
    const { interview, company, settings } = facts;
    if (interview.country !== null)
        return facts.calendarFor(interview.country, interview.region);
    if (company.country !== null)
        return facts.calendarFor(company.country, company.region);
    return facts.calendarFor(settings.country, settings.region);
}
function distinctByContact(participants) {
    const seen = new Set();
    return participants.filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined);
}
export function createPlanContext(facts, nowMs) {
    const { interview } = facts;
    const startMs = parseInstant(interview.startsAt, "interview.startsAt");
    const participants = distinctByContact(facts.participants);
    const stored = new Map();
    for (const action of facts.history.actions) {
        if (action.interviewId === interview.id)
            stored.set(action.id, action);
    }
    return {
        facts,
        interview,
        nowMs,
        startMs,
        endMs: startMs + HOUR_MS,
        interviewDate: localDateAt(startMs, interview.timeZone),
        calendar: calendarOf(facts),
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
export function zoneFor(ctx, contact) {
    return contact?.timeZone ?? ctx.interview.timeZone;
}

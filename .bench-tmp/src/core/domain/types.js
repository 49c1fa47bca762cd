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
];
export const INTERVIEW_FORMATS = ["on-site", "video", "phone"];
export const CONTACT_ROLES = ["interviewer", "recruiter", "hiring-manager", "supervisor"];
export const CHANNELS = ["email", "phone", "letter", "card", "linkedin", "in-person"];
export const NOTE_KINDS = [
    "highlight",
    "qualification",
    "clarify",
    "personal-interest",
    "question",
];
export const EVENT_KINDS = ["reply", "call", "decision", "next-round", "withdrawn"];
export const DECISION_OUTCOMES = ["hired", "rejected"];
export const DIRECTIONS = ["in", "out"];
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
];
export const ACTION_STATUSES = [
    "planned",
    "drafted",
    "approved",
    "sent",
    "done",
    "skipped",
    "cancelled",
];
/** Statuses a re-plan must never change: the user acted on them (R25 keeps the record). */
export const SETTLED_ACTION_STATUSES = ["sent", "done", "skipped"];

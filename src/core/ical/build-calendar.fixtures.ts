import type { FollowUpAction, Interview } from "../domain/types.js";

export function makeAction(overrides: Partial<FollowUpAction> & { due: string }): FollowUpAction {
  const { due, ...rest } = overrides;
  return {
    id: "act-thanks-dana",
    interviewId: "int-1",
    contactId: "con-dana",
    kind: "thank-you-email",
    channel: "email",
    window: { start: due, due, late: due, overdue: due },
    dueDate: due.slice(0, 10),
    rules: ["R6", "R19"],
    why: "Thank Dana the same day, while the conversation is fresh.",
    status: "planned",
    snoozedUntil: null,
    doneAt: null,
    skipReason: null,
    correspondenceId: null,
    ...rest,
  };
}

export function makeInterview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: "int-1",
    applicationId: "app-1",
    round: 1,
    startsAt: "2026-03-02T14:00:00.000Z",
    timeZone: "Europe/London",
    format: "on-site",
    location: "Acme HQ, 1 King St, London",
    timelineText: "two weeks",
    timelineDate: "2026-03-16",
    nextStep: "Panel with the CTO",
    feeling: null,
    country: null,
    region: null,
    sendCard: null,
    summaryLetter: null,
    createdAt: "2026-02-20T10:00:00.000Z",
    ...overrides,
  };
}

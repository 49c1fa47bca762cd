import type { ActionKind } from "../domain/types.js";

// Record over every kind, so a new ActionKind will not compile until it has a calendar title.
const TITLES: Record<ActionKind, [label: string, preposition: string]> = {
  "thank-you-email": ["Thank-you email", "to"],
  "thank-you-card": ["Thank-you card", "to"],
  "linkedin-request": ["LinkedIn request", "to"],
  "summary-letter": ["Summary letter", "to"],
  "check-in": ["Check in", "with"],
  reminder: ["Reminder", "about"],
  "post-decision-thanks": ["Thank-you after the decision", "to"],
  "open-positions-inquiry": ["Ask about open positions", "with"],
  "long-range-check-in": ["Long-range check-in", "with"],
  "move-on": ["Move on", "from"],
};

/** "Thank-you email to Dana Whitfield (Acme)": the person first, one reminder each (R24). */
export function actionSummary(
  kind: ActionKind,
  contactName: string | null,
  company: string,
): string {
  const [label, preposition] = TITLES[kind];
  return contactName === null
    ? `${label} (${company})`
    : `${label} ${preposition} ${contactName} (${company})`;
}

import type { ActionKind } from "../domain/types.js";

/**
 * R15 "never too often": the kinds that nudge the company unprompted and must keep a week apart
 * across all its interviews. Not counted: the interview-day courtesies (thank-you email and card,
 * LinkedIn request, summary letter — R6–R10 want them at once), the thanks answering a decision
 * (R17: a reply to them, not a nudge) and move-on (a note to the user, never sent).
 */
export const SPACED_KINDS: ReadonlySet<ActionKind> = new Set<ActionKind>([
  "check-in",
  "reminder",
  "open-positions-inquiry",
  "long-range-check-in",
]);

/** R15: the follow-ups past the thank-you that count towards `maxUnanswered`. */
export const CHAIN_KINDS: ReadonlySet<ActionKind> = new Set<ActionKind>(["check-in", "reminder"]);

/** R15: a week between two follow-ups to the same company (003). */
export const SPACING_DAYS = 7;

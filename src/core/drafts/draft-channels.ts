import type { ActionKind, Channel } from "../domain/types.js";

// What each kind of follow-up can be written as: a thank-you goes by email, card or letter (R6,
// R8), a summary is a letter (R10), a connection request a LinkedIn note (R9), a check-in is
// written or called (R11, R13). The planned channel comes first.
const CHANNELS_BY_KIND: Readonly<Record<ActionKind, readonly Channel[]>> = {
  "thank-you-email": ["email", "letter", "card"],
  "thank-you-card": ["card", "letter", "email"],
  "linkedin-request": ["linkedin"],
  "summary-letter": ["letter"],
  "check-in": ["email", "phone", "letter"],
  reminder: ["email", "phone", "letter"],
  "post-decision-thanks": ["email", "letter", "card"],
  "open-positions-inquiry": ["email", "phone", "letter"],
  "long-range-check-in": ["email", "phone", "letter"],
  "move-on": ["email", "letter"],
};

/** The channels an action's draft can be switched to, the planned one first. */
export function draftChannelsOf(kind: ActionKind, planned: Channel): Channel[] {
  return [planned, ...CHANNELS_BY_KIND[kind].filter((c) => c !== planned)];
}

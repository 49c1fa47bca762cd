import type { ActionKind, Channel, FollowUpAction } from "../domain/types.js";

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

// A call, a card or a LinkedIn note goes to a person; to a company's team only a message can.
const TO_A_TEAM: ReadonlySet<Channel> = new Set(["email", "letter"]);

/** The channels an action's draft can be switched to, the planned one first. */
export function draftChannelsOf(
  action: Pick<FollowUpAction, "kind" | "channel" | "contactId">,
): Channel[] {
  const { kind, channel: planned } = action;
  return [
    planned,
    ...CHANNELS_BY_KIND[kind].filter(
      (c) => c !== planned && (action.contactId !== null || TO_A_TEAM.has(c)),
    ),
  ];
}

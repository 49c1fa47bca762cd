import type { Channel } from "./types.js";

// How a channel is named in words: by the screens, and by the use cases' messages and refusals.

const CHANNEL_LABELS: Record<Channel, string> = {
  email: "email",
  phone: "phone",
  letter: "letter",
  card: "card",
  linkedin: "LinkedIn",
  "in-person": "in person",
};

export function channelLabel(channel: Channel): string {
  return CHANNEL_LABELS[channel];
}

const CHANNEL_NOUNS: Record<Channel, string> = {
  email: "an email",
  phone: "a call",
  letter: "a letter",
  card: "a card",
  linkedin: "a LinkedIn note",
  "in-person": "a visit",
};

/** A message on the channel, as a sentence names it: "an email", "a letter", "a call". */
export function channelNoun(channel: Channel): string {
  return CHANNEL_NOUNS[channel];
}

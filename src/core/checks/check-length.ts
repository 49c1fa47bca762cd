import type { Channel } from "../domain/types.js";
import type { Finding } from "./check.types.js";
import { isSpace } from "./skip-spans.js";

/** R9: LinkedIn refuses invitation notes longer than this. */
export const LINKEDIN_LIMIT = 300;
/** R8: what fits on a handwritten card (about 60 words). */
export const CARD_LIMIT = 450;
/** R19: a follow-up email stays concise. */
export const EMAIL_WORD_LIMIT = 350;

/** Over the channel's length: an error where the channel refuses it, a warning otherwise. */
export function checkLength(text: string, channel: Channel): Finding[] {
  if (channel === "linkedin" && text.length > LINKEDIN_LIMIT) {
    return [
      finding(
        text,
        LINKEDIN_LIMIT,
        "error",
        `LinkedIn accepts at most ${LINKEDIN_LIMIT} characters; this note has ${text.length} (R9).`,
      ),
    ];
  }
  if (channel === "card" && text.length > CARD_LIMIT) {
    return [
      finding(
        text,
        CARD_LIMIT,
        "warning",
        `A card holds about ${CARD_LIMIT} characters (about 60 words); this has ${text.length} (R8).`,
      ),
    ];
  }
  const words = wordCount(text);
  if (channel === "email" && words > EMAIL_WORD_LIMIT) {
    return [
      {
        rule: "length",
        severity: "warning",
        start: 0,
        end: text.length,
        message: `${words} words; a follow-up email reads best under ${EMAIL_WORD_LIMIT} (R19: concise).`,
        suggestion: null,
      },
    ];
  }
  return [];
}

/** Runs of non-space, counted without splitting 100 kB into pieces. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function finding(
  text: string,
  limit: number,
  severity: "error" | "warning",
  message: string,
): Finding {
  return { rule: "length", severity, start: limit, end: text.length, message, suggestion: null };
}

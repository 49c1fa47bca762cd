import type { Finding } from "./check.types.js";
import { jaccard, nameMask, shinglesOf } from "./similarity.js";

/**
 * R7: above this share of word 3-grams, two notes to colleagues read as copies. Drafts from the
 * same template with each person's own notes stay below it (see the calibration test).
 */
export const TOO_ALIKE = 0.75;

/** R7: notes to people at the same company must not be copies of each other. */
export function checkSimilarity(
  text: string,
  siblings: readonly string[],
  names: readonly string[],
): Finding[] {
  if (siblings.length === 0) return [];
  const mask = nameMask(names);
  const ids = new Map<string, number>();
  const own = shinglesOf(text, mask, ids);
  let worst = 0;
  for (const sibling of siblings) {
    worst = Math.max(worst, jaccard(own, shinglesOf(sibling, mask, ids)));
  }
  if (worst <= TOO_ALIKE) return [];
  return [
    {
      rule: "R7-too-alike",
      severity: "warning",
      start: 0,
      end: text.length,
      message: `This note is ${Math.round(worst * 100)}% the same as one to a colleague at the same company; they compare notes (R7).`,
      suggestion: "Mention something specific from this person's own conversation.",
    },
  ];
}

import type { Finding } from "./check.types.js";

const PLACEHOLDER =
  /\{\{[^}\n]*\}\}|\[[^\]\n]{1,60}\]|<\s*(?:your |company |interviewer'?s? )?(?:name|company|position|role|title|date)\s*>|\b(?:TODO|FIXME|TBD|XXX+)\b|\blorem ipsum\b/gi;

/** Template slots and notes-to-self left in the text: an error, the message is not finished. */
export function checkPlaceholders(text: string): Finding[] {
  return [...text.matchAll(PLACEHOLDER)]
    .filter((m) => !/^\[\d+\]$/.test(m[0])) // a footnote mark, not a slot
    .map((m) => ({
      rule: "placeholder",
      severity: "error" as const,
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}" is a placeholder left unfilled.`,
      suggestion: null,
    }));
}

import type { Finding } from "./check.types.js";
import { MAX_FINDINGS } from "./check-limits.js";
import { excerpt } from "./text-spans.js";

// A slot's content holds no "{{" or "[" of its own: every "{{" and "[" is a place to start, and
// one whose slot never closes must not scan the rest of the line again for each of them.
const PLACEHOLDER =
  /\{\{(?:[^{}\n]|\{(?!\{))*\}\}|\[[^[\]\n]{1,60}\]|<\s*(?:your |company |interviewer'?s? )?(?:name|company|position|role|title|date)\s*>|\b(?:TODO|FIXME|TBD|XXX+)\b|\blorem ipsum\b/gi;

/**
 * Template slots and notes-to-self left in the text: an error, the message is not finished.
 * At most MAX_FINDINGS + 1, the first in the text.
 */
export function checkPlaceholders(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (findings.length > MAX_FINDINGS) break;
    if (/^\[\d+\]$/.test(m[0])) continue; // a footnote mark, not a slot
    findings.push({
      rule: "placeholder",
      severity: "error",
      start: m.index,
      end: m.index + m[0].length,
      message: `"${excerpt(m[0], 200)}" is a placeholder left unfilled.`,
      suggestion: null,
    });
  }
  return findings;
}

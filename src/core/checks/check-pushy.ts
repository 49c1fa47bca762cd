import type { Finding } from "./check.types.js";
import { PUSHY_PHRASES } from "./pushy-phrases.js";
import { overlaps } from "./text-spans.js";

/** R13, R22: pushy, impatient or desperate phrases, and more than one exclamation mark. */
export function checkPushy(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const phrase of PUSHY_PHRASES) {
    for (const m of text.matchAll(phrase.pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (findings.some((f) => overlaps(f, span))) continue; // one phrase, one warning
      findings.push({
        rule: "R22-pushy",
        severity: "warning",
        ...span,
        message: `"${m[0]}" can read as pushy or impatient (R13, R22).`,
        suggestion: phrase.instead,
      });
    }
  }
  const marks = [...text.matchAll(/!/g)];
  if (marks.length > 1) {
    for (const m of marks.slice(1)) {
      findings.push({
        rule: "R22-exclamation",
        severity: "warning",
        start: m.index,
        end: m.index + 1,
        message: `${marks.length} exclamation marks; one at most keeps the tone professional (R22).`,
        suggestion: ".",
      });
    }
  }
  return findings;
}

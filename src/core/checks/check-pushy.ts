import type { Finding } from "./check.types.js";
import { MAX_FINDINGS } from "./check-limits.js";
import { PUSHY_PHRASES } from "./pushy-phrases.js";
import { mergeSpans, overlapsAny, type Span } from "./text-spans.js";

/**
 * R13, R22: pushy, impatient or desperate phrases, and more than one exclamation mark.
 * Each phrase and the marks report at most MAX_FINDINGS + 1, the first in the text.
 */
export function checkPushy(text: string): Finding[] {
  const findings: Finding[] = [];
  let taken: Span[] = []; // the spans of earlier phrases: one phrase, one warning
  for (const phrase of PUSHY_PHRASES) {
    const found: Finding[] = [];
    for (const m of text.matchAll(phrase.pattern)) {
      if (found.length > MAX_FINDINGS) break;
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlapsAny(taken, span)) continue;
      found.push({
        rule: "R22-pushy",
        severity: "warning",
        ...span,
        message: `"${m[0]}" can read as pushy or impatient (R13, R22).`,
        suggestion: phrase.instead,
      });
    }
    findings.push(...found);
    if (found.length > 0) taken = mergeSpans([...taken, ...found]);
  }
  // Every mark after the first, but only the first MAX_FINDINGS + 1 of them as objects.
  const extra: number[] = [];
  let marks = 0;
  for (let i = text.indexOf("!"); i >= 0; i = text.indexOf("!", i + 1)) {
    if (marks++ > 0 && extra.length <= MAX_FINDINGS) extra.push(i);
  }
  for (const start of extra) {
    findings.push({
      rule: "R22-exclamation",
      severity: "warning",
      start,
      end: start + 1,
      message: `${marks} exclamation marks; one at most keeps the tone professional (R22).`,
      suggestion: ".",
    });
  }
  return findings;
}

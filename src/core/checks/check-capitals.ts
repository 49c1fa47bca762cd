import type { Finding } from "./check.types.js";
import { MAX_FINDINGS } from "./check-limits.js";
import { excerpt, overlapsAny, type Span } from "./text-spans.js";

// A full stop after these is not the end of a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|incl|a\.m|p\.m|Mr|Ms|Mrs|Dr|St|No)\.$/i;

/**
 * R21: a sentence that does not start with a capital letter. `skip` is in order and without
 * overlaps (skipSpans). At most MAX_FINDINGS + 1 findings, the first in the text.
 */
export function checkCapitals(text: string, skip: readonly Span[]): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/(?:^|[.!?]["”’)]?[ \t]+)(\p{Ll}\p{L}*)/gu)) {
    if (findings.length > MAX_FINDINGS) break;
    const word = m[1] ?? "";
    const start = m.index + m[0].length - word.length;
    const span = { start, end: start + word.length };
    if (overlapsAny(skip, span)) continue;
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    findings.push({
      rule: "R21-grammar",
      severity: "error",
      ...span,
      message: `Start the sentence with a capital letter: "${excerpt(word)}".`,
      suggestion: word.charAt(0).toUpperCase() + word.slice(1),
    });
  }
  return findings;
}

import type { Finding } from "./check.types.js";
import { checkArticles } from "./check-articles.js";
import { checkCapitals } from "./check-capitals.js";
import { MAX_FINDINGS } from "./check-limits.js";
import { GRAMMAR_RULES } from "./grammar-rules.js";
import { skipSpans } from "./skip-spans.js";
import { overlapsAny, type Span } from "./text-spans.js";

// Legitimate doubled words ("that that", "had had").
const ALLOWED_REPEATS = new Set(["that", "had"]);

/**
 * R21: the hand-written grammar rules (no grammar engine is installed), outside URLs etc.
 * Each rule reports at most MAX_FINDINGS + 1 matches, the first in the text.
 */
export function checkGrammar(text: string, skip: readonly Span[] = skipSpans(text)): Finding[] {
  const findings: Finding[] = [];
  for (const rule of GRAMMAR_RULES) {
    let found = 0;
    for (const match of text.matchAll(rule.pattern)) {
      if (found > MAX_FINDINGS) break;
      const exec = match as RegExpExecArray;
      if (rule.id === "repeated-word" && ALLOWED_REPEATS.has((match[1] ?? "").toLowerCase())) {
        continue;
      }
      const span = { start: match.index, end: match.index + match[0].length };
      if (overlapsAny(skip, span)) continue;
      found++;
      findings.push({
        rule: "R21-grammar",
        severity: rule.severity,
        ...span,
        message: rule.message(exec),
        suggestion: rule.fix(exec),
      });
    }
  }
  return [...findings, ...checkArticles(text, skip), ...checkCapitals(text, skip)];
}

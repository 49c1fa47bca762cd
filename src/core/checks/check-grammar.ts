import type { Finding } from "./check.types.js";
import { checkArticles } from "./check-articles.js";
import { checkCapitals } from "./check-capitals.js";
import { GRAMMAR_RULES } from "./grammar-rules.js";
import { overlaps, type Span, skipSpans } from "./text-spans.js";

// Legitimate doubled words ("that that", "had had").
const ALLOWED_REPEATS = new Set(["that", "had"]);

/** R21: the hand-written grammar rules (no grammar engine is installed), outside URLs etc. */
export function checkGrammar(text: string): Finding[] {
  const skip: Span[] = skipSpans(text);
  const findings: Finding[] = [];
  for (const rule of GRAMMAR_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const exec = match as RegExpExecArray;
      if (rule.id === "repeated-word" && ALLOWED_REPEATS.has((match[1] ?? "").toLowerCase())) {
        continue;
      }
      const span = { start: match.index, end: match.index + match[0].length };
      if (skip.some((s) => overlaps(s, span))) continue;
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

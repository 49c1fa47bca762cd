import type { Finding } from "./check.types.js";
import { MAX_FINDINGS } from "./check-limits.js";
import { GRAMMAR_RULE_IDS, GRAMMAR_RULES, type GrammarRuleId } from "./grammar-rules.js";
import { skipSpans } from "./skip-spans.js";
import { overlapsAny, type Span } from "./text-spans.js";

/** A grammar finding with the id of the rule that made it (the held-out score, the rule tests). */
export interface GrammarFinding extends Finding {
  check: GrammarRuleId;
}

/**
 * R21: every rule of the grammar registry (grammar-rules.ts), outside URLs etc. Each rule reports
 * at most MAX_FINDINGS + 1 hits, the first in the text; where two rules mark the same words the
 * first rule in the registry speaks (one fault, one finding).
 */
export function checkGrammar(
  text: string,
  skip: readonly Span[] = skipSpans(text),
  only: readonly GrammarRuleId[] = GRAMMAR_RULE_IDS,
): GrammarFinding[] {
  const all: GrammarFinding[] = [];
  for (const id of only) {
    const rule = GRAMMAR_RULES[id];
    let found = 0;
    for (const hit of rule.find(text, skip)) {
      if (found > MAX_FINDINGS) break;
      if (overlapsAny(skip, hit)) continue;
      found++;
      all.push({
        rule: "R21-grammar",
        check: id,
        severity: rule.severity,
        start: hit.start,
        end: hit.end,
        message: hit.message,
        suggestion: hit.fix,
      });
    }
  }
  // Stable: at one start, the rule first in the registry comes first and is the one kept.
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const findings: GrammarFinding[] = [];
  for (const f of all) {
    const last = findings[findings.length - 1];
    if (last === undefined || f.start !== last.start || f.end !== last.end) findings.push(f);
  }
  return findings;
}

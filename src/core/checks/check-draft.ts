import type { CheckContext, Finding } from "./check.types.js";
import { checkEmailElements } from "./check-email-elements.js";
import { checkGeneric } from "./check-generic.js";
import { checkGrammar } from "./check-grammar.js";
import { checkLength } from "./check-length.js";
import { checkNames } from "./check-names.js";
import { checkPlaceholders } from "./check-placeholders.js";
import { checkPushy } from "./check-pushy.js";
import { checkSimilarity } from "./check-similarity.js";
import { checkSpelling } from "./check-spelling.js";
import { loadCheckers } from "./load-checkers.js";
import { overlaps } from "./text-spans.js";

/**
 * Proofreads a draft (R21) and reviews it against the playbook: names as on the card (R1),
 * unfilled placeholders, the elements of an email (R19), generic or pushy wording (R22, R13),
 * the channel's length (R8, R9) and copies among colleagues (R7). Findings are sorted by position.
 */
export function checkDraft(text: string, context: CheckContext): Finding[] {
  const checkers = loadCheckers();
  const names = context.knownNames.filter((n) => n.trim() !== "");
  const recipient = context.recipientName ?? null;
  const known = new Set(
    [...names, ...(recipient ? [recipient] : []), ...(context.userWords ?? [])]
      .flatMap((n) => n.split(/[\s-]+/))
      .map((w) => w.replace(/[’]/g, "'").replace(/'s$/i, "").toLowerCase())
      .filter(Boolean),
  );

  const placeholders = checkPlaceholders(text);
  const nameFindings = checkNames(text, recipient, names, checkers);
  const grammar = checkGrammar(text);
  // One fault, one finding: a misspelt name or "alot" is not also a spelling error.
  const covered = [
    ...placeholders,
    ...nameFindings,
    ...grammar.filter((f) => f.severity === "error"),
  ];
  const spelling = checkSpelling(text, known, checkers).filter(
    (f) => !covered.some((c) => overlaps(c, f)),
  );

  const findings = [
    ...placeholders,
    ...nameFindings,
    ...spelling,
    ...grammar,
    ...checkPushy(text),
    ...checkLength(text, context.channel),
    ...(context.channel === "email" ? checkEmailElements(text, context.subject) : []),
    ...checkGeneric(text, context.notes ?? [], known),
    ...checkSimilarity(text, context.siblingDrafts ?? [], names),
  ];
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

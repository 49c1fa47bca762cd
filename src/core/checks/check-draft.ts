import type { CheckContext, Finding } from "./check.types.js";
import { checkEmailElements } from "./check-email-elements.js";
import { checkGeneric } from "./check-generic.js";
import { checkGrammar } from "./check-grammar.js";
import { checkLength } from "./check-length.js";
import { MAX_FINDINGS } from "./check-limits.js";
import { checkNames } from "./check-names.js";
import { checkPlaceholders } from "./check-placeholders.js";
import { checkPushy } from "./check-pushy.js";
import { checkSimilarity } from "./check-similarity.js";
import { checkSpelling } from "./check-spelling.js";
import { type Checkers, loadCheckers } from "./load-checkers.js";
import { recordWordsOf } from "./record-words.js";
import { skipSpans } from "./skip-spans.js";
import { mergeSpans, overlapsAny, wordsOf } from "./text-spans.js";

/**
 * Proofreads a draft (R21) and reviews it against the playbook: names as on the card (R1),
 * unfilled placeholders, the elements of an email (R19), generic or pushy wording (R22, R13),
 * the channel's length (R8, R9) and copies among colleagues (R7). Findings are sorted by position;
 * past MAX_FINDINGS a last finding says that there are more. The work is bounded whatever the
 * text (check-limits.ts): linear in its length, with a fixed budget for spelling suggestions.
 */
export function checkDraft(
  text: string,
  context: CheckContext,
  checkers: Checkers = loadCheckers(),
): Finding[] {
  const names = context.knownNames.filter((n) => n.trim() !== "");
  const recipient = context.recipientName ?? null;
  const known = knownWordsOf([
    ...names,
    ...(recipient ? [recipient] : []),
    ...(context.userWords ?? []),
  ]);

  const skip = skipSpans(text);
  const words = wordsOf(text, skip);
  const placeholders = checkPlaceholders(text);
  const nameFindings = checkNames(text, recipient, names, checkers, words);
  const grammar: Finding[] = checkGrammar(text, skip).map(({ check: _, ...finding }) => finding);
  // One fault, one finding: a misspelt name or "alot" is not also a spelling error.
  const covered = mergeSpans([
    ...placeholders,
    ...nameFindings,
    ...grammar.filter((f) => f.severity === "error"),
  ]);
  const spelling = checkSpelling(
    text,
    new Set([...known, ...knownWordsOf(context.noteWords ?? [])]),
    checkers,
    {
      words,
      covered: (span) => overlapsAny(covered, span),
    },
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
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  // Each check stops after MAX_FINDINGS + 1 of its own, in order, so these are the first in all.
  if (findings.length <= MAX_FINDINGS) return findings;
  const first = findings.slice(0, MAX_FINDINGS);
  const rest = findings[MAX_FINDINGS] as Finding;
  return [
    ...first,
    {
      rule: "too-many-findings",
      severity: "warning",
      start: rest.start,
      end: text.length,
      message: `More than ${MAX_FINDINGS} findings; only the first ${MAX_FINDINGS} are listed. Fix those and check again.`,
      suggestion: null,
    },
  ];
}

/** The words of records and notes as the checks compare them (R1), lower-cased, both forms. */
function knownWordsOf(texts: readonly string[]): Set<string> {
  return new Set(
    texts
      .flatMap(recordWordsOf)
      .map((w) => w.replace(/[’]/g, "'").replace(/'s$/i, "").toLowerCase())
      // R1: the text may carry the record's accents decomposed (NFD) as well as composed.
      .flatMap((w) => [w, w.normalize("NFD")]),
  );
}

import type { Finding } from "./check.types.js";
import {
  MAX_FINDINGS,
  MAX_SUGGESTED,
  MAX_SUGGESTED_LENGTH,
  MAX_WORD_LENGTH,
  SUGGEST_LOOKUPS_PER_TEXT,
  SUGGEST_LOOKUPS_PER_WORD,
} from "./check-limits.js";
import type { Checkers } from "./load-checkers.js";
import { suggestWithin } from "./suggest-within.js";
import { excerpt, type Span, startsSentence, type Word, wordsOf } from "./text-spans.js";

/**
 * R21: words the en-US dictionary does not know. Names, companies and the user's own words count
 * as known; acronyms and mixed-case brand names (LinkedIn, PostgreSQL) are left alone. An unknown
 * capitalised word mid-sentence is probably a proper noun, so it is only a warning. Words that
 * `covered` says another finding already reports are left out (one fault, one finding).
 * At most MAX_FINDINGS + 1 findings, the first in the text.
 */
export function checkSpelling(
  text: string,
  known: ReadonlySet<string>,
  checkers: Checkers,
  options: { words?: readonly Word[]; covered?: (span: Span) => boolean } = {},
): Finding[] {
  const { words = wordsOf(text), covered = () => false } = options;
  const findings: Finding[] = [];
  const verdicts = new Map<string, Verdict>(); // a word repeated is judged once
  let suggested = 0;
  let lookupsLeft = SUGGEST_LOOKUPS_PER_TEXT;
  for (const word of words) {
    if (findings.length > MAX_FINDINGS) break;
    let verdict = verdicts.get(word.text);
    if (verdict === undefined) {
      verdict = judge(word.text, known, checkers);
      verdicts.set(word.text, verdict);
    }
    if (verdict === "fine") continue;
    const bare = bareOf(word.text);
    const span = { start: word.start, end: word.start + bare.length };
    if (verdict === "too-long") {
      if (!covered(span)) findings.push(tooLong(span, bare));
      continue;
    }
    // A covered misspelling still takes one of the MAX_SUGGESTED turns.
    const wantsSuggestion = suggested++ < MAX_SUGGESTED;
    if (covered(span)) continue;
    let suggestion: string | null = null;
    if (wantsSuggestion && bare.length <= MAX_SUGGESTED_LENGTH && lookupsLeft > 0) {
      const found = suggestWithin(
        checkers.spell,
        bare,
        Math.min(SUGGEST_LOOKUPS_PER_WORD, lookupsLeft),
      );
      lookupsLeft -= found.lookups;
      suggestion = found.suggestions[0] ?? null;
    }
    const properNoun = /^\p{Lu}/u.test(bare) && !startsSentence(text, word.start);
    findings.push({
      rule: "R21-spelling",
      severity: properNoun ? "warning" : "error",
      ...span,
      message: properNoun
        ? `"${bare}" is not in the dictionary; if it is a name, add it to your words (R21).`
        : `"${bare}" looks misspelled (R21).`,
      suggestion,
    });
  }
  return findings;
}

type Verdict = "fine" | "unknown" | "too-long";

function judge(text: string, known: ReadonlySet<string>, checkers: Checkers): Verdict {
  const bare = bareOf(text);
  if (bare.length < 2 || known.has(bare.toLowerCase())) return "fine";
  if (bare.length > MAX_WORD_LENGTH) return "too-long";
  if (/^\p{Lu}+$/u.test(bare) || /^.+\p{Lu}/u.test(bare)) return "fine";
  const lower = bare.toLowerCase();
  const correct = checkers.spell.correct(bare) || (lower !== bare && checkers.spell.correct(lower));
  return correct ? "fine" : "unknown";
}

/** The word without a possessive 's, with a straight apostrophe. */
function bareOf(text: string): string {
  return text.replace(/’/g, "'").replace(/'s$/i, "");
}

function tooLong(span: Span, bare: string): Finding {
  return {
    rule: "R21-spelling",
    severity: "error",
    ...span,
    message: `"${excerpt(bare)}" runs ${bare.length} letters without a space: too long to be a word (R21).`,
    suggestion: null,
  };
}

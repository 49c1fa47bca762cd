import type { Finding } from "./check.types.js";
import type { Checkers } from "./load-checkers.js";
import { startsSentence, wordsOf } from "./text-spans.js";

/** Suggestions are the slow part of Hunspell; only the first few misspellings get them. */
const MAX_SUGGESTED = 8;

/**
 * R21: words the en-US dictionary does not know. Names, companies and the user's own words count
 * as known; acronyms and mixed-case brand names (LinkedIn, PostgreSQL) are left alone. An unknown
 * capitalised word mid-sentence is probably a proper noun, so it is only a warning.
 */
export function checkSpelling(
  text: string,
  known: ReadonlySet<string>,
  checkers: Checkers,
): Finding[] {
  const findings: Finding[] = [];
  let suggested = 0;
  for (const word of wordsOf(text)) {
    const bare = word.text.replace(/’/g, "'").replace(/'s$/i, "");
    if (bare.length < 2 || known.has(bare.toLowerCase())) continue;
    if (/^\p{Lu}+$/u.test(bare) || /^.+\p{Lu}/u.test(bare)) continue;
    if (checkers.spell.correct(bare) || checkers.spell.correct(bare.toLowerCase())) continue;
    const properNoun = /^\p{Lu}/u.test(bare) && !startsSentence(text, word.start);
    const suggestions = suggested++ < MAX_SUGGESTED ? checkers.spell.suggest(bare).slice(0, 3) : [];
    findings.push({
      rule: "R21-spelling",
      severity: properNoun ? "warning" : "error",
      start: word.start,
      end: word.start + bare.length,
      message: properNoun
        ? `"${bare}" is not in the dictionary; if it is a name, add it to your words (R21).`
        : `"${bare}" looks misspelled (R21).`,
      suggestion: suggestions[0] ?? null,
    });
  }
  return findings;
}

import type { Finding } from "./check.types.js";
import { MAX_FINDINGS } from "./check-limits.js";
import { isSpace } from "./skip-spans.js";
import { excerpt, overlapsAny, type Span } from "./text-spans.js";

// Words spelled with a vowel but said with a consonant sound, and the reverse.
const CONSONANT_SOUND =
  /^(?:uni(?!n|mp)|use|usu|uti|ura|ure|euro|eu|one|once|ewe|ubiq|ufo|uganda|ukrain)/i;
const VOWEL_SOUND = /^(?:hour|honest|honor|honour|heir|herb)/i;
// Acronyms said letter by letter: these letters' names start with a vowel sound.
const VOWEL_LETTERS = new Set("AEFHILMNORSX");
const WORD_ACRONYMS = new Set(["SQL", "NASA", "UNIX", "UI", "UX", "URL", "USB", "UK", "US", "EU"]);

/**
 * R21: "a" before a vowel sound or "an" before a consonant sound. `skip` is in order and without
 * overlaps (skipSpans). At most MAX_FINDINGS + 1 findings, the first in the text.
 */
export function checkArticles(text: string, skip: readonly Span[]): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/\b(a|an|A|An|AN)\s+([\p{L}][\p{L}'’-]*)/gu)) {
    if (findings.length > MAX_FINDINGS) break;
    const article = m[1] ?? "";
    const next = m[2] ?? "";
    const span = { start: m.index, end: m.index + article.length };
    if (overlapsAny(skip, { start: m.index, end: m.index + m[0].length })) continue;
    // "Plan A is…": a capital A mid-sentence is a label, not the article.
    if (article === "A" && !startsSentenceAt(text, m.index)) continue;
    const wantsAn = startsWithVowelSound(next);
    if (wantsAn === null) continue;
    const isAn = article.toLowerCase() === "an";
    if (wantsAn === isAn) continue;
    const fixed = isAn ? article.slice(0, 1) : `${article}n`;
    findings.push({
      rule: "R21-grammar",
      severity: "error",
      ...span,
      message: `Use "${fixed}" before "${excerpt(next)}".`,
      suggestion: fixed,
    });
  }
  return findings;
}

function startsWithVowelSound(word: string): boolean | null {
  if (/^\p{Lu}{2,}$/u.test(word)) {
    if (WORD_ACRONYMS.has(word)) return null;
    return VOWEL_LETTERS.has(word.charAt(0));
  }
  if (VOWEL_SOUND.test(word)) return true;
  if (CONSONANT_SOUND.test(word)) return false;
  return /^[aeiou]/i.test(word);
}

/** Only white space before `index` since the text's start, a line break or . ! ? */
function startsSentenceAt(text: string, index: number): boolean {
  let i = index - 1;
  for (; i >= 0 && isSpace(text.charCodeAt(i)); i--) if (text[i] === "\n") return true;
  return i < 0 || /[.!?]/.test(text[i] ?? "");
}

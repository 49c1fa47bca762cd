import type { GrammarHit } from "./grammar-rules.js";
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
 * overlaps (skipSpans); a word in a skipped span is not looked at.
 */
export function* findArticleFaults(text: string, skip: readonly Span[]): Iterable<GrammarHit> {
  for (const m of text.matchAll(/\b(a|an|A|An|AN)\s+([\p{L}][\p{L}'’-]*)/gu)) {
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
    yield { ...span, message: `Use "${fixed}" before "${excerpt(next)}".`, fix: fixed };
  }
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

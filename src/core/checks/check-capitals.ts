import type { GrammarHit } from "./grammar-rules.js";
import { excerpt, overlapsAny, type Span } from "./text-spans.js";

// A full stop after these is not the end of a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|incl|a\.m|p\.m|Mr|Ms|Mrs|Dr|St|No)\.$/i;

/**
 * R21: a sentence that does not start with a capital letter. `skip` is in order and without
 * overlaps (skipSpans).
 */
export function* findCapitalFaults(text: string, skip: readonly Span[]): Iterable<GrammarHit> {
  for (const m of text.matchAll(/(?:^|[.!?]["”’)]?[ \t]+)(\p{Ll}\p{L}*)/gu)) {
    const word = m[1] ?? "";
    const start = m.index + m[0].length - word.length;
    const span = { start, end: start + word.length };
    if (overlapsAny(skip, span)) continue;
    if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    yield {
      ...span,
      message: `Start the sentence with a capital letter: "${excerpt(word)}".`,
      fix: word.charAt(0).toUpperCase() + word.slice(1),
    };
  }
}

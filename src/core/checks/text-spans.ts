import { skipSpans } from "./skip-spans.js";

export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether `span` overlaps one of `sorted`: spans in order that do not overlap each other (as
 * skipSpans and mergeSpans return them). A binary search, so checking every match stays linear-ish.
 */
export function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let low = 0;
  let high = sorted.length;
  // The first span that ends after span.start; the ends rise with the starts.
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as Span).end <= span.start) low = mid + 1;
    else high = mid;
  }
  const first = sorted[low];
  return first !== undefined && first.start < span.end;
}

/** The union of spans, as spans in order that do not overlap (for overlapsAny). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;

/**
 * The words of the text outside skipped spans, apostrophes kept ("don't", "Dana's"). `skip` is
 * skipSpans(text), passed in when the caller has it already.
 */
export function wordsOf(text: string, skip: readonly Span[] = skipSpans(text)): Word[] {
  const words: Word[] = [];
  let next = 0; // words and skipped spans both come in order: walk them side by side
  for (const m of text.matchAll(WORD)) {
    const word = { text: m[0], start: m.index, end: m.index + m[0].length };
    while (next < skip.length && (skip[next] as Span).end <= word.start) next++;
    const s = skip[next];
    if (s === undefined || !overlaps(s, word)) words.push(word);
  }
  return words;
}

/** Whether the word at `index` starts a sentence: text or line start, a bullet, or after . ! ? */
export function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || /["“‘(]/.test(text[i] ?? ""))) i--;
  if (i < 0 || text[i] === "\n") return true;
  if (/[-*•]/.test(text[i] ?? "") && (i === 0 || /\s/.test(text[i - 1] ?? ""))) return true;
  while (i >= 0 && /["”’)]/.test(text[i] ?? "")) i--;
  return /[.!?]/.test(text[i] ?? "");
}

/** A matched text short enough to quote in a message ("aaaa…aaaa" for a 2,000-letter run). */
export function excerpt(text: string, max = 40): string {
  if (text.length <= max) return text;
  // Cut between code points: a lone half of a surrogate pair is not text.
  const head = text.slice(0, max / 2).replace(/[\uD800-\uDBFF]$/, "");
  const tail = text.slice(-max / 2).replace(/^[\uDC00-\uDFFF]/, "");
  return `${head}…${tail}`;
}

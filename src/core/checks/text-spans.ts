export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
}

// URLs, email addresses, domains, placeholders and anything with digits are not words to check.
const SKIP =
  /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|edu|gov|example|ai|app)\b\S*|\{\{[^}]*\}\}|\[[^\]\n]*\]|\S*\d\S*/gi;

export function skipSpans(text: string): Span[] {
  return [...text.matchAll(SKIP)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;

/** The words of the text outside skipped spans, apostrophes kept ("don't", "Dana's"). */
export function wordsOf(text: string): Word[] {
  const skip = skipSpans(text);
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = { text: m[0], start: m.index, end: m.index + m[0].length };
    if (!skip.some((s) => overlaps(s, word))) words.push(word);
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

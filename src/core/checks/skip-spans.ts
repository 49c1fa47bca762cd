import type { Span } from "./text-spans.js";

// URLs, email addresses, domains, placeholders and anything with digits are not words to check.
// The spans are those this regex finds (leftmost, one alternative after the other):
//   \bhttps?:\/\/\S+ | \bwww\.\S+ | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
//   | \b[\w-]+(?:\.[\w-]+)*\.(?:com|org|…|app)\b\S* | \{\{[^}]*\}\} | \[[^\]\n]*\] | \S*\d\S*
// (flags gi). The regex retries every start inside a long run of letters, dots or brackets, which
// is quadratic (minutes on 100 kB of one letter); this scanner looks each run up once instead.
// skip-spans.test.ts checks that the two agree on random text.
const TLDS = ["com", "org", "net", "io", "dev", "co", "edu", "gov", "example", "ai", "app"];
const TLD_INITIALS = new Set(TLDS.map((tld) => tld.charCodeAt(0)));

export function skipSpans(text: string): Span[] {
  const spans: Span[] = [];
  const closers = { brace: nextIndexOf(text, "}"), bracket: nextBracketStop(text) };
  let start = 0;
  while (start < text.length) {
    if (isSpace(text.charCodeAt(start))) {
      start++;
      continue;
    }
    // A word (a run of non-space): most hold nothing a skipped span needs, and are passed over.
    let end = start;
    let lastTrigger = -1;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (isSpace(c)) break;
      if (isTrigger(text, end, c)) lastTrigger = end;
    }
    start = lastTrigger < 0 ? end : scanWord(text, start, end, lastTrigger, spans, closers);
  }
  return spans;
}

/**
 * Each alternative needs one of these in the word at or after its start: ":" (https://), "@",
 * "{", "[", a digit, or a "." with something after it (www., a domain).
 */
function isTrigger(text: string, i: number, c: number): boolean {
  if (c === DOT) return i + 1 < text.length && !isSpace(text.charCodeAt(i + 1));
  return c === COLON || c === AT || c === OPEN_BRACE || c === OPEN_BRACKET || isDigit(c);
}

interface Closers {
  /** The first "}" at or after i (or the text's length). */
  brace: (i: number) => number;
  /** The first "]" or line break at or after i. */
  bracket: (i: number) => number;
}

/** The word [start, end) as the regex sees it, from `start`; returns where the scan goes on. */
function scanWord(
  text: string,
  start: number,
  end: number,
  lastTrigger: number,
  spans: Span[],
  closers: Closers,
): number {
  const runs = runsOf(text, start, end);
  let p = start;
  while (p <= lastTrigger) {
    const skipEnd = skipEndAt(text, runs, closers, p);
    if (skipEnd === p) {
      p++;
      continue;
    }
    spans.push({ start: p, end: skipEnd });
    if (skipEnd > end) return skipEnd; // a placeholder or bracket across spaces
    p = skipEnd;
  }
  return end;
}

/** For each position of one word, where the runs that the alternatives consume end. */
interface Runs {
  start: number;
  /** The end of the word (the first white space after it, or the text's end). */
  end: number;
  /** The end of the run of [\w.+-] from i (an email's local part), at i - start. */
  localEnd: Int32Array;
  /** The end of the run of [\w-] from i (a domain label), at i - start. */
  labelEnd: Int32Array;
  /** At the end of a label: a later label of the same dotted chain starts with a TLD. */
  tldLater: Uint8Array;
  /** The last digit of the word, or -1. */
  lastDigit: number;
}

function runsOf(text: string, start: number, end: number): Runs {
  const size = end - start + 1;
  const runs: Runs = {
    start,
    end,
    localEnd: new Int32Array(size).fill(end),
    labelEnd: new Int32Array(size).fill(end),
    tldLater: new Uint8Array(size),
    lastDigit: -1,
  };
  const { localEnd, labelEnd, tldLater } = runs;
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    const k = i - start;
    localEnd[k] =
      isWord(c) || c === DOT || c === PLUS || c === DASH ? (localEnd[k + 1] as number) : i;
    labelEnd[k] = isWord(c) || c === DASH ? (labelEnd[k + 1] as number) : i;
    if (runs.lastDigit < 0 && isDigit(c)) runs.lastDigit = i;
    const nextLabelEnd = labelEnd[k + 1] as number;
    if (c === DOT && nextLabelEnd > i + 1) {
      tldLater[k] = tldAt(text, i + 1) || tldLater[nextLabelEnd - start] === 1 ? 1 : 0;
    }
  }
  return runs;
}

/** Where the skipped span starting at `p` ends, or `p` when no alternative matches there. */
function skipEndAt(text: string, runs: Runs, closers: Closers, p: number): number {
  const c = text.charCodeAt(p);
  const boundary = isWord(c) !== (p > 0 && isWord(text.charCodeAt(p - 1)));
  if (boundary && startsWithAscii(text, p, "http")) {
    let k = p + 4;
    if (lower(text.charCodeAt(k)) === S) k++;
    if (text.startsWith("://", k) && k + 3 < runs.end) return runs.end;
  }
  if (boundary && startsWithAscii(text, p, "www.") && p + 4 < runs.end) return runs.end;
  const email = emailEnd(text, runs, p);
  if (email > p) return email;
  const label = labelEndAt(runs, p);
  if (boundary && label > p && runs.tldLater[label - runs.start] === 1) return runs.end;
  if (c === OPEN_BRACE && text.charCodeAt(p + 1) === OPEN_BRACE) {
    const close = closers.brace(p + 2);
    if (text.charCodeAt(close + 1) === CLOSE_BRACE) return close + 2;
  }
  if (c === OPEN_BRACKET) {
    const stop = closers.bracket(p + 1);
    if (text.charCodeAt(stop) === CLOSE_BRACKET) return stop + 1;
  }
  if (runs.lastDigit >= p) return runs.end;
  return p;
}

/** [\w.+-]+@[\w-]+(?:\.[\w-]+)+ from p: the local part is the whole run, then dotted labels. */
function emailEnd(text: string, runs: Runs, p: number): number {
  const local = runs.localEnd[p - runs.start] as number;
  if (local === p || text.charCodeAt(local) !== AT) return p;
  let end = labelEndAt(runs, local + 1);
  if (end === local + 1) return p;
  let labels = 0;
  while (text.charCodeAt(end) === DOT && labelEndAt(runs, end + 1) > end + 1) {
    end = labelEndAt(runs, end + 1);
    labels++;
  }
  return labels > 0 ? end : p;
}

function labelEndAt(runs: Runs, i: number): number {
  return runs.labelEnd[i - runs.start] as number;
}

/** A TLD at `start` followed by a word boundary (".com", ".com-x", not ".company"). */
function tldAt(text: string, start: number): boolean {
  if (!TLD_INITIALS.has(lower(text.charCodeAt(start)))) return false;
  return TLDS.some(
    (tld) => startsWithAscii(text, start, tld) && !isWord(text.charCodeAt(start + tld.length)),
  );
}

/** text.indexOf(needle, i) (the text's length when absent), remembered: the scan only moves on. */
function nextIndexOf(text: string, needle: string): (i: number) => number {
  let from = -1;
  let found = -1;
  return (i) => {
    if (i < from || i > found) {
      from = i;
      found = text.indexOf(needle, i);
      if (found < 0) found = text.length;
    }
    return found;
  };
}

function nextBracketStop(text: string): (i: number) => number {
  const close = nextIndexOf(text, "]");
  const newline = nextIndexOf(text, "\n");
  return (i) => Math.min(close(i), newline(i));
}

/** Case-insensitive for ASCII letters only, as the regex without the u flag is. */
function startsWithAscii(text: string, start: number, lowerWord: string): boolean {
  if (start + lowerWord.length > text.length) return false;
  for (let i = 0; i < lowerWord.length; i++) {
    if (lower(text.charCodeAt(start + i)) !== lowerWord.charCodeAt(i)) return false;
  }
  return true;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** \w without the u flag: [A-Za-z0-9_]. NaN (past the end) is not a word character. */
function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** \s: the ECMAScript white space and line terminators. */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const PLUS = 43;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const AT = 64;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const S = 115;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

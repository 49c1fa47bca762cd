// R21: the two grammar rules that need parts of speech, read by compromise (already used by the
// drafts' rewrites). compromise costs a millisecond or more per call, so a regular expression picks
// the few places worth it first, only a window of words around each is tagged, and at most
// MAX_TAGGED_WINDOWS of them per rule and text.
import nlp from "compromise";
import { MAX_TAGGED_WINDOWS } from "./check-limits.js";
import type { Span } from "./text-spans.js";

interface Term extends Span {
  text: string;
  post: string;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** The words of text[start, end) tagged by compromise, with their spans in `text`. */
function tag(text: string, start: number, end: number): Term[] | null {
  const docs = (nlp(text.slice(start, end)) as unknown as { docs: CompromiseTerm[][] }).docs;
  let at = start;
  const terms: Term[] = [];
  for (const term of docs.flat()) {
    at += term.pre.length;
    // compromise keeps every character in pre/text/post; if it ever did not, say nothing.
    if (text.slice(at, at + term.text.length) !== term.text) return null;
    terms.push({
      text: term.text,
      post: term.post,
      tags: term.tags,
      start: at,
      end: at + term.text.length,
    });
    at += term.text.length + term.post.length;
  }
  return terms;
}

/** Where the sentence around `index` starts. */
function sentenceStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && !/[.!?\n]/.test(text[i - 1] ?? "")) i--;
  return i;
}

const has = (term: Term | undefined, ...tags: string[]) =>
  term !== undefined && tags.some((t) => term.tags.has(t));
const is = (term: Term | undefined, pattern: RegExp) =>
  term !== undefined && pattern.test(term.text);
const pauses = (term: Term | undefined) => term !== undefined && /[,;:—–()]/.test(term.post);

const SUBJECT_PRONOUN = /^(?:I|he|she|we|they)$/i;
const POSSESSIVE = /^(?:your|her|his|their|our|my)$/i;
const ARTICLE = /^(?:the|a|an|this|that)$/i;
// A clause before "about" that makes "about X is…" a subject, not a splice ("what I like about
// the team is", "the best part about the role is").
const SUBJECT_OPENING =
  /\b(?:what|which|whatever|thing|things|part|parts|question|point|story|news|one)\b[^,;]*$/i;

// The places worth tagging: a word, "about", then a subject or a possessive and a few words, or an
// article with a helper verb a few words on; "then" a few words after what may be a comparative.
const SPLICE_WINDOW =
  /\babout[ \t]+(?:(?:I|he|she|we|they|you|it|your|her|his|their|our|my)(?:[ \t]+[\p{L}'’-]+){1,5}|(?:the|a|an|this|that)(?:[ \t]+[\p{L}'’-]+){1,4}[ \t]+(?:is|are|was|were|has|have|had|will|\p{L}+s[ \t]+(?:the|a|an|to))\b)/giu;
const BEFORE_THEN = /(?:^|[ \t])((?:[\p{L}'’-]+[ \t]+){1,5})$/u;
const COMPARATIVE_LIKE = /(?:\p{L}{2}er|\bmore|\bless|\brather|\bother)\b/iu;

const finite = (t: Term | undefined) =>
  has(t, "Copula", "Modal", "Auxiliary", "PastTense") ||
  (has(t, "PresentTense") && !has(t, "Gerund", "Infinitive", "Noun"));
const helper = (t: Term | undefined) =>
  has(t, "Copula", "Modal", "Auxiliary") || is(t, /^(?:is|are|was|were|has|have|had|will)$/i);

/**
 * A note pasted whole after "about" (issue 11): "we talked about her team is moving…", "excited
 * about Her team moved…", "about she wants to…". The spans run from the clause's subject to its
 * verb. A subject pronoun after "about" is always wrong; a noun phrase is a splice when a finite
 * verb follows it and "about" hangs on a verb or an adjective, not inside a subject.
 */
export function findSplicedClauses(text: string): Span[] {
  const spans: Span[] = [];
  let windows = 0;
  for (const m of text.matchAll(SPLICE_WINDOW)) {
    if (windows++ >= MAX_TAGGED_WINDOWS) break;
    // The word before "about" too: what "about" hangs on.
    const before = /[\p{L}'’]{1,30}[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (before === null) continue;
    const terms = tag(text, m.index - before[0].length, m.index + m[0].length);
    if (terms === null) continue;
    const opening = text.slice(sentenceStart(text, m.index), m.index);
    terms.forEach((term, i) => {
      if (i !== 1 || !/^about$/i.test(term.text) || pauses(term)) return;
      const next = terms[i + 1];
      if (next === undefined) return;
      if (is(next, SUBJECT_PRONOUN) && !pauses(next)) {
        const verb = terms[i + 2];
        spans.push({ start: next.start, end: finite(verb) ? (verb as Term).end : next.end });
        return;
      }
      const before = terms[i - 1];
      if (SUBJECT_OPENING.test(opening)) return;
      if (!has(before, "Verb", "Adjective") && !is(before, /^(?:me|us)$/i)) return;
      if (is(next, /^(?:you|it)$/i)) {
        const verb = terms[i + 2];
        if (!pauses(next) && finite(verb) && !has(verb, "Modal")) {
          spans.push({ start: next.start, end: (verb as Term).end });
        }
        return;
      }
      const possessive = is(next, POSSESSIVE);
      if (!possessive && !is(next, ARTICLE)) return;
      // The noun phrase: adjectives and nouns up to the head, four words at most.
      let j = i + 2;
      while (
        j < terms.length &&
        j < i + 6 &&
        !pauses(terms[j - 1]) &&
        has(terms[j], "Adjective", "Noun") &&
        !has(terms[j], "Pronoun", "Verb")
      ) {
        j++;
      }
      if (j === i + 2 || pauses(terms[j - 1])) return;
      const verb = terms[j];
      const after = terms[j + 1];
      const splice = possessive
        ? finite(verb)
        : helper(verb) ||
          (has(verb, "PresentTense") &&
            is(verb, /s$/) &&
            (has(after, "Determiner") || is(after, /^to$/i)));
      if (splice) spans.push({ start: next.start, end: (verb as Term).end });
    });
  }
  return spans;
}

/**
 * "Shorter then usual", "closer to my interests then my current one": "then" a few words after a
 * comparative, with no verb and no pause between, is "than".
 */
export function findThenAfterComparative(text: string): Span[] {
  const spans: Span[] = [];
  let windows = 0;
  for (const m of text.matchAll(/\bthen\b/gi)) {
    const before = BEFORE_THEN.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
    if (before === undefined || !COMPARATIVE_LIKE.test(before)) continue;
    if (windows++ >= MAX_TAGGED_WINDOWS) break;
    const terms = tag(text, m.index - before.length, m.index + 4);
    if (terms === null) continue;
    terms.forEach((term, k) => {
      if (k !== terms.length - 1 || !/^then$/i.test(term.text)) return;
      for (let back = k - 1; back >= Math.max(0, k - 5); back--) {
        const t = terms[back] as Term;
        if (pauses(t)) return;
        if (has(t, "Comparative") || is(t, /^(?:more|less|rather|other)$/i)) {
          spans.push({ start: term.start, end: term.end });
          return;
        }
        if (has(t, "Verb") || (has(t, "Conjunction") && !is(t, /^to$/i))) return;
      }
    });
  }
  return spans;
}

import { agreeVerbWithYou, keepCase } from "./agree-verb-with-you.js";
import type { NoteTerm } from "./note-terms.js";

// Third-person pronouns and the second-person word each becomes when the note's person reads it.
const SUBJECTS = new Set(["she", "he", "they"]);
const OBJECTS: Readonly<Record<string, string>> = {
  him: "you",
  them: "you",
  hers: "yours",
  theirs: "yours",
  their: "your",
  herself: "yourself",
  himself: "yourself",
  themselves: "yourself",
  themself: "yourself",
};
const PRONOUN: ReadonlySet<string> = new Set(["Pronoun"]);
const CONTRACTED: Readonly<Record<string, string>> = {
  ll: "'ll",
  d: "'d",
  re: "'re",
  ve: "'ve",
};

/** What `address…` did to one sentence: its terms, and whether a third person was left in it. */
export interface AddressedSentence {
  terms: NoteTerm[];
  /** A "she"/"he"/"her"/"his" this sentence keeps because it may be someone else's. */
  keptThirdPerson: boolean;
}

/**
 * One sentence of a note about the reader, turned to the second person: "she"/"he"/"they" →
 * "you" with the verb agreeing ("he wants" → "you want", "she is" → "you are"), "her"/"his"/
 * "their" → "your", the reader's name → "you" ("Dana's" → "your"). Once the note names someone
 * else (`otherNames`, or a person compromise recognises that is not the reader), the pronouns
 * after it may be theirs, so they keep their person.
 */
export function addressTheReader(
  terms: readonly NoteTerm[],
  readerNames: readonly string[],
  otherNames: readonly string[],
): AddressedSentence {
  const out: NoteTerm[] = [];
  let someoneElse = false;
  let keptThirdPerson = false;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as NoteTerm;
    const next = terms[i + 1];
    const nameLength = someoneElse ? 0 : matchName(terms, i, readerNames);
    if (nameLength > 0) {
      const last = terms[i + nameLength - 1] as NoteTerm;
      const possessive = /['’]s$/i.test(last.text);
      const text = keepCase(term.text, possessive ? "your" : "you");
      out.push({ ...term, text, post: last.post, tags: PRONOUN });
      i += nameLength - 1;
      if (!possessive) i = agreeNext(terms, i, out);
      continue;
    }
    if (matchName(terms, i, otherNames) > 0 || isOtherPerson(term, readerNames)) someoneElse = true;
    const lower = term.text.toLowerCase().replace(/’/g, "'");
    const [base = "", suffix] = lower.split("'");
    if (someoneElse) {
      if (/^(she|he|her|his|him|hers|herself|himself)$/.test(base)) keptThirdPerson = true;
      out.push(term);
      continue;
    }
    if (SUBJECTS.has(base)) {
      out.push({ ...term, text: keepCase(term.text, `you${contraction(suffix, next)}`) });
      if (suffix === undefined && base !== "they") i = agreeNext(terms, i, out);
      continue;
    }
    if (base === "her" || base === "his") {
      out.push({
        ...term,
        text: keepCase(term.text, ownsNext(term, next) ? "your" : base === "her" ? "you" : "yours"),
      });
      continue;
    }
    const object = suffix === undefined ? OBJECTS[base] : undefined;
    out.push(object === undefined ? term : { ...term, text: keepCase(term.text, object) });
  }
  return { terms: out, keptThirdPerson };
}

/** How many terms from `start` spell one of `names` (the whole name first), or 0. */
export function matchName(
  terms: readonly NoteTerm[],
  start: number,
  names: readonly string[],
): number {
  for (const name of names) {
    const words = name.toLowerCase().split(/\s+/);
    const fits = words.every((word, k) => {
      const text = terms[start + k]?.text.toLowerCase().replace(/['’]s$/, "");
      return text === word;
    });
    if (fits) return words.length;
  }
  return 0;
}

function isOtherPerson(term: NoteTerm, readerNames: readonly string[]): boolean {
  if (!term.tags.has("Person")) return false;
  const word = term.text.toLowerCase().replace(/['’]s$/, "");
  return !readerNames.some((name) => name.toLowerCase().split(/\s+/).includes(word));
}

/** "her team" (a possessive before what it owns) against "told her about it" (an object). */
function ownsNext(term: NoteTerm, next: NoteTerm | undefined): boolean {
  if (next === undefined || /[,.;:!?]/.test(term.post + next.pre)) return false;
  const tags = next.tags;
  const ownable = tags.has("Noun") || tags.has("Adjective") || tags.has("Value");
  return ownable && !tags.has("Pronoun") && !tags.has("Preposition") && !tags.has("Determiner");
}

function contraction(suffix: string | undefined, next: NoteTerm | undefined): string {
  if (suffix === undefined) return "";
  if (suffix === "s") return next?.implicit === "has" ? "'ve" : "'re";
  return CONTRACTED[suffix] ?? `'${suffix}`;
}

/** Makes the verb after a new "you" agree with it, skipping adverbs; returns the index reached. */
function agreeNext(terms: readonly NoteTerm[], at: number, out: NoteTerm[]): number {
  let i = at + 1;
  while (terms[i]?.tags.has("Adverb")) out.push(terms[i++] as NoteTerm);
  const verb = terms[i];
  if (verb === undefined || !verb.tags.has("Verb")) return i - 1;
  out.push(agreeVerbWithYou(verb));
  return i;
}
